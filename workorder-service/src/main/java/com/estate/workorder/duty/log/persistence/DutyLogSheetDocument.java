package com.estate.workorder.duty.log.persistence;

import com.estate.workorder.duty.domain.ShiftRef;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The log sheet of one shift (夜间值班记录表 for a night): which entries it holds, under
 * {@code <communityId>/<date>/<kind>}, so a shift's log and its handover read one document by {@code _id} and the
 * entries by {@code _id $in}, never by scanning the entries (infra/ARCHITECTURE.md §3, §25). The ref is added
 * ({@code $addToSet}) before the entry is inserted: a process that dies between the two leaves a ref to nothing,
 * which readers skip, never an entry that no sheet lists.
 */
@Document("duty_log_sheets")
public class DutyLogSheetDocument {

    public static final String ENTRY_IDS = "entryIds";

    @Id
    private String id;
    private List<String> entryIds = new ArrayList<>();

    protected DutyLogSheetDocument() {
    }

    public static String idOf(String communityId, ShiftRef shift) {
        return communityId + "/" + shift.date() + "/" + shift.kind();
    }

    public List<String> entryIds() {
        return List.copyOf(entryIds);
    }
}
