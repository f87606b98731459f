package com.estate.resident.renovation;

import com.estate.platform.attachment.AttachmentOwner;
import com.estate.platform.attachment.AttachmentReferences;
import com.estate.platform.attachment.Attachments;
import com.estate.platform.attachment.StoredAttachment;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.concurrency.Revised;
import com.estate.platform.problem.NotFoundException;
import com.estate.platform.security.Caller;
import com.estate.resident.renovation.domain.AttachedDocument;
import com.estate.resident.renovation.domain.DocumentPurpose;
import com.estate.resident.renovation.domain.Renovation;
import com.estate.resident.renovation.persistence.RenovationDocument;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * A renovation's archive (infra/BUSINESS-RULES.md §4: power of attorney, proxy ID, agreement, plan, the authority's
 * approval) in the suite's file store: whoever may see the renovation reads it; the references are in the case
 * itself, so the permit's preconditions read them in the same document.
 */
@Service
public class RenovationArchive implements AttachmentReferences {

    static final String OWNER_TYPE = "renovation";
    private static final String KIND = "document";

    private final MongoTemplate mongo;
    private final RenovationCases cases;
    private final Attachments attachments;

    RenovationArchive(MongoTemplate mongo, RenovationCases cases, Attachments attachments) {
        this.mongo = mongo;
        this.cases = cases;
        this.attachments = attachments;
    }

    /** Stores the file, then records it in the case (an upload whose reference never lands is swept later). */
    public Revised<Renovation> attach(Caller caller, String id, DocumentPurpose purpose, MultipartFile file) {
        Renovation renovation = cases.visibleDocument(caller, id).renovation();
        renovation.requireOpenArchive(); // before the file is stored: a refused upload leaves nothing to sweep
        StoredAttachment stored = attachments.store(owner(renovation), KIND, file, caller.subject());
        AttachedDocument document = new AttachedDocument(stored.id(), purpose, stored.filename(),
                stored.contentType(), stored.size(), stored.uploadedBy(), stored.uploadedAt());
        return cases.change(caller, id, IfMatch.ANY, changing -> changing.renovation().attach(document));
    }

    public Attachments.Download download(Caller caller, String id, String attachmentId) {
        Renovation renovation = cases.visibleDocument(caller, id).renovation();
        if (!renovation.hasDocument(attachmentId)) {
            throw new NotFoundException("attachment", attachmentId);
        }
        return attachments.open(attachmentId, owner(renovation));
    }

    @Override
    public String ownerType() {
        return OWNER_TYPE;
    }

    @Override
    public boolean isReferenced(String renovationId, String attachmentId) {
        RenovationDocument document = mongo.findById(renovationId, RenovationDocument.class);
        return document != null && document.renovation().hasDocument(attachmentId);
    }

    private static AttachmentOwner owner(Renovation renovation) {
        return new AttachmentOwner(OWNER_TYPE, renovation.id(), renovation.communityId());
    }
}
