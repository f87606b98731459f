package com.estate.workorder.patrol.persistence;

import com.estate.workorder.order.persistence.WorkOrderFolderDocument.Entry;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The photos uploaded to a patrol, keyed by the task id: beside the task rather than in it, so an upload does not
 * change the task's ETag under the patroller about to record the result, which may name only files listed here.
 */
@Document("patrol_files")
public class PatrolFolderDocument {

    @Id
    private String taskId;

    private List<Entry> files = new ArrayList<>();

    protected PatrolFolderDocument() {
    }

    public List<Entry> files() {
        return List.copyOf(files);
    }
}
