package com.estate.resident.unit.attachment;

import com.estate.platform.attachment.AttachmentOwner;
import com.estate.platform.attachment.AttachmentReferences;
import com.estate.platform.attachment.Attachments;
import com.estate.platform.attachment.StoredAttachment;
import com.estate.platform.problem.NotFoundException;
import com.estate.platform.security.Caller;
import com.estate.resident.unit.Units;
import com.estate.resident.unit.attachment.persistence.UnitAttachmentsDocument;
import com.estate.resident.unit.attachment.persistence.UnitAttachmentsDocument.Entry;
import com.estate.resident.unit.domain.Unit;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * A unit's documents in the suite's file store. Whoever may see the unit may list and download them (staff of its
 * community, its residents); anyone else learns nothing, not even that the unit exists (404). The references are
 * what the store's sweeper asks about before deleting a file.
 */
@Service
public class UnitAttachments implements AttachmentReferences {

    static final String OWNER_TYPE = "unit";

    private final MongoTemplate mongo;
    private final Units units;
    private final Attachments attachments;

    UnitAttachments(MongoTemplate mongo, Units units, Attachments attachments) {
        this.mongo = mongo;
        this.units = units;
        this.attachments = attachments;
    }

    /** Stores the file, then records the reference (an upload whose reference never lands is swept later). */
    public Entry upload(Caller caller, String unitId, String kind, MultipartFile file) {
        AttachmentOwner owner = owner(units.visibleTo(caller, unitId).value());
        StoredAttachment stored = attachments.store(owner, kind, file, caller.subject());
        Entry entry = new Entry(stored.id(), stored.kind(), stored.filename(), stored.contentType(), stored.size(),
                stored.sha256(), stored.uploadedBy(), stored.uploadedAt());
        mongo.upsert(byUnit(unitId), new Update().push("files", entry), UnitAttachmentsDocument.class);
        return entry;
    }

    public List<Entry> list(Caller caller, String unitId) {
        units.visibleTo(caller, unitId);
        return folder(unitId);
    }

    public Attachments.Download download(Caller caller, String unitId, String attachmentId) {
        Unit unit = units.visibleTo(caller, unitId).value();
        if (!isReferenced(unitId, attachmentId)) {
            throw new NotFoundException("attachment", attachmentId);
        }
        return attachments.open(attachmentId, owner(unit));
    }

    /** Removes the reference; the store deletes the file after its grace period. */
    public void remove(Caller caller, String unitId, String attachmentId) {
        units.visibleTo(caller, unitId);
        if (!isReferenced(unitId, attachmentId)) {
            throw new NotFoundException("attachment", attachmentId);
        }
        attachments.release(attachmentId); // before the reference goes, so the file is never unwatched
        mongo.updateFirst(byUnit(unitId), new Update().pull("files", new Document("attachmentId", attachmentId)),
                UnitAttachmentsDocument.class);
    }

    @Override
    public String ownerType() {
        return OWNER_TYPE;
    }

    /** By the unit's id: the one lookup the sweeper makes per file. */
    @Override
    public boolean isReferenced(String unitId, String attachmentId) {
        return folder(unitId).stream().anyMatch(entry -> entry.attachmentId().equals(attachmentId));
    }

    private List<Entry> folder(String unitId) {
        UnitAttachmentsDocument folder = mongo.findById(unitId, UnitAttachmentsDocument.class);
        return folder == null ? List.of() : folder.files();
    }

    private static Query byUnit(String unitId) {
        return Query.query(Criteria.where("_id").is(unitId));
    }

    private static AttachmentOwner owner(Unit unit) {
        return new AttachmentOwner(OWNER_TYPE, unit.id(), unit.communityId());
    }
}
