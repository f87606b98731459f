package com.estate.resident.movein;

import com.estate.platform.attachment.AttachmentOwner;
import com.estate.platform.attachment.AttachmentReferences;
import com.estate.platform.attachment.Attachments;
import com.estate.platform.attachment.StoredAttachment;
import com.estate.platform.problem.NotFoundException;
import com.estate.platform.security.Caller;
import com.estate.resident.movein.domain.MoveInCase;
import com.estate.resident.movein.domain.MoveInRefusedException;
import com.estate.resident.movein.persistence.MoveInFolderDocument;
import com.estate.resident.movein.persistence.MoveInFolderDocument.Entry;
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
 * The files of a move-in case in the suite's file store: scans of the owner's documents and signed forms, defect
 * photos. Uploaded first, then named by the step they belong to; whoever may see the case may download them.
 */
@Service
public class MoveInFiles implements AttachmentReferences {

    static final String OWNER_TYPE = "move-in";

    private final MongoTemplate mongo;
    private final Attachments attachments;

    MoveInFiles(MongoTemplate mongo, Attachments attachments) {
        this.mongo = mongo;
        this.attachments = attachments;
    }

    /** Stores the file, then lists it in the case's folder (an upload whose listing never lands is swept later). */
    public Entry upload(Caller caller, MoveInCase movein, String kind, MultipartFile file) {
        StoredAttachment stored = attachments.store(owner(movein), kind, file, caller.subject());
        Entry entry = new Entry(stored.id(), stored.kind(), stored.filename(), stored.contentType(), stored.size(),
                stored.sha256(), stored.uploadedBy(), stored.uploadedAt());
        mongo.upsert(Query.query(Criteria.where("_id").is(movein.id())), new Update().push("files", entry),
                MoveInFolderDocument.class);
        return entry;
    }

    public List<Entry> list(String caseId) {
        MoveInFolderDocument folder = mongo.findById(caseId, MoveInFolderDocument.class);
        return folder == null ? List.of() : folder.files();
    }

    public Attachments.Download download(MoveInCase movein, String attachmentId) {
        if (!isReferenced(movein.id(), attachmentId)) {
            throw new NotFoundException("attachment", attachmentId);
        }
        return attachments.open(attachmentId, owner(movein));
    }

    /** A step names only files uploaded to its own case (422 otherwise): never another case's or unit's. */
    public void requireUploaded(String caseId, Collection<String> attachmentIds) {
        Set<String> uploaded = list(caseId).stream().map(Entry::attachmentId).collect(Collectors.toSet());
        List<String> unknown = attachmentIds.stream().filter(id -> !uploaded.contains(id)).distinct().toList();
        if (!unknown.isEmpty()) {
            throw new MoveInRefusedException("move-in-attachment-unknown",
                    "not uploaded to this case: " + unknown, String.join(", ", unknown));
        }
    }

    @Override
    public String ownerType() {
        return OWNER_TYPE;
    }

    /** By the case's id: the one lookup the sweeper makes per file. */
    @Override
    public boolean isReferenced(String caseId, String attachmentId) {
        return list(caseId).stream().anyMatch(entry -> entry.attachmentId().equals(attachmentId));
    }

    private static AttachmentOwner owner(MoveInCase movein) {
        return new AttachmentOwner(OWNER_TYPE, movein.id(), movein.communityId());
    }
}
