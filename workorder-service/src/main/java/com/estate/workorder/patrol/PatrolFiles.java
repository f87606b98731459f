package com.estate.workorder.patrol;

import com.estate.platform.attachment.AttachmentOwner;
import com.estate.platform.attachment.AttachmentReferences;
import com.estate.platform.attachment.Attachments;
import com.estate.platform.attachment.StoredAttachment;
import com.estate.platform.problem.BusinessRuleException;
import com.estate.platform.problem.NotFoundException;
import com.estate.platform.security.Caller;
import com.estate.workorder.order.persistence.WorkOrderFolderDocument.Entry;
import com.estate.workorder.patrol.domain.PatrolTask;
import com.estate.workorder.patrol.persistence.PatrolFolderDocument;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * A patrol's photos in the suite's file store (infra/ARCHITECTURE.md §12), as work orders keep theirs: uploaded by
 * the patrollers before they record the result, which names them (for the patrol as a whole or for one problem);
 * a problem's photos are carried over to the work order it opens.
 */
@Service
public class PatrolFiles implements AttachmentReferences {

    static final String OWNER_TYPE = "patrol";

    private final MongoTemplate mongo;
    private final Attachments attachments;

    PatrolFiles(MongoTemplate mongo, Attachments attachments) {
        this.mongo = mongo;
        this.attachments = attachments;
    }

    /** Stores the file, then lists it in the patrol's folder (an upload whose listing never lands is swept later). */
    public Entry upload(Caller caller, PatrolTask task, String kind, MultipartFile file) {
        StoredAttachment stored = attachments.store(owner(task), kind, file, caller.subject());
        Entry entry = new Entry(stored.id(), stored.kind(), stored.filename(), stored.contentType(), stored.size(),
                stored.uploadedBy(), stored.uploadedAt());
        mongo.upsert(Query.query(Criteria.where("_id").is(task.id())), new Update().push("files", entry),
                PatrolFolderDocument.class);
        return entry;
    }

    public List<Entry> list(String taskId) {
        PatrolFolderDocument folder = mongo.findById(taskId, PatrolFolderDocument.class);
        return folder == null ? List.of() : folder.files();
    }

    /** The file, if it is one of the patrol's (404 otherwise); the caller has checked that it may see the patrol. */
    public Attachments.Download download(PatrolTask task, String attachmentId) {
        if (!isReferenced(task.id(), attachmentId)) {
            throw new NotFoundException("attachment", attachmentId);
        }
        return attachments.open(attachmentId, owner(task));
    }

    /** A result names only photos uploaded to its own patrol (422 otherwise). */
    void requireUploaded(String taskId, Collection<String> attachmentIds) {
        Set<String> uploaded = list(taskId).stream().map(Entry::attachmentId).collect(Collectors.toSet());
        List<String> unknown = attachmentIds.stream().filter(id -> !uploaded.contains(id)).distinct().toList();
        if (!unknown.isEmpty()) {
            throw new BusinessRuleException("patrol-photo-unknown", "not uploaded to patrol " + taskId + ": "
                    + unknown, taskId, String.join(", ", unknown));
        }
    }

    @Override
    public String ownerType() {
        return OWNER_TYPE;
    }

    @Override
    public boolean isReferenced(String taskId, String attachmentId) {
        return list(taskId).stream().anyMatch(entry -> entry.attachmentId().equals(attachmentId));
    }

    private static AttachmentOwner owner(PatrolTask task) {
        return new AttachmentOwner(OWNER_TYPE, task.id(), task.communityId());
    }
}
