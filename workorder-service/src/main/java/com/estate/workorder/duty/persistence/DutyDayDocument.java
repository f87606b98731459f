package com.estate.workorder.duty.persistence;

import com.estate.platform.outbox.AggregateDocument;
import com.estate.workorder.duty.domain.Assignment;
import com.estate.workorder.duty.domain.DutyDay;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The roster of one community on one date, under {@code <communityId>/<date>}: a plan or a coverage check over a
 * range reads its days by {@code _id} (infra/ARCHITECTURE.md §3), and a day's ETag guards its assignments.
 */
@Document("duty_days")
public class DutyDayDocument extends AggregateDocument {

    @Id
    private String id;
    private String communityId;
    private LocalDate date;
    private List<Assignment> assignments = new ArrayList<>();

    protected DutyDayDocument() {
    }

    public static String idOf(String communityId, LocalDate date) {
        return communityId + "/" + date;
    }

    public static DutyDayDocument empty(String communityId, LocalDate date) {
        DutyDayDocument document = new DutyDayDocument();
        document.id = idOf(communityId, date);
        document.communityId = communityId;
        document.date = date;
        return document;
    }

    public DutyDay toDomain() {
        return new DutyDay(communityId, date, assignments);
    }

    public void update(DutyDay day) {
        assignments = new ArrayList<>(day.assignments());
    }

    public String communityId() {
        return communityId;
    }
}
