package com.estate.workorder.order;

import com.estate.platform.attachment.AttachmentOwner;
import com.estate.platform.attachment.AttachmentReferences;
import com.estate.platform.attachment.Attachments;
import com.estate.platform.attachment.StoredAttachment;
import com.estate.platform.problem.NotFoundException;
import com.estate.platform.security.Caller;
import com.estate.workorder.order.domain.InvalidWorkOrderException;
import com.estate.workorder.order.domain.WorkOrder;
import com.estate.workorder.order.persistence.WorkOrderFolderDocument;
import com.estate.workorder.order.persistence.WorkOrderFolderDocument.Entry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * An order's photos in the suite's file store (infra/ARCHITECTURE.md §12): the resident's of what is broken, the
 * technician's of the finished work. Whoever may see the order may upload and download them.
 */
@Service
public class WorkOrderFiles implements AttachmentReferences {

    static final String OWNER_TYPE = "work-order";

    private final MongoTemplate mongo;
    private final Attachments attachments;

    WorkOrderFiles(MongoTemplate mongo, Attachments attachments) {
        this.mongo = mongo;
        this.attachments = attachments;
    }

    /** Stores the file, then lists it in the order's folder (an upload whose listing never lands is swept later). */
    public Entry upload(Caller caller, WorkOrder order, String kind, MultipartFile file) {
        StoredAttachment stored = attachments.store(owner(order), kind, file, caller.subject());
        Entry entry = new Entry(stored.id(), stored.kind(), stored.filename(), stored.contentType(), stored.size(),
                stored.uploadedBy(), stored.uploadedAt());
        mongo.upsert(Query.query(Criteria.where("_id").is(order.id())), new Update().push("files", entry),
                WorkOrderFolderDocument.class);
        return entry;
    }

    /**
     * A file of the record the order came from (a patrol's problem photo) becomes the order's own: copied into the
     * store under the order, so it is read, authorised and swept like an upload to the order. Once per source file:
     * the listing is pushed only where the folder has no copy of it yet, and a copy that lost that race is given up.
     */
    public Entry carryOver(String orderId, String communityId, Attachments.Download source, String by) {
        StoredAttachment original = source.attachment();
        Optional<Entry> copied = copyOf(orderId, original.id());
        if (copied.isPresent()) {
            close(source);
            return copied.get();
        }
        StoredAttachment stored;
        try (InputStream content = source.content()) {
            stored = attachments.store(new AttachmentOwner(OWNER_TYPE, orderId, communityId), original.kind(),
                    original.filename(), original.size(), content, by);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Entry entry = new Entry(stored.id(), stored.kind(), stored.filename(), stored.contentType(), stored.size(),
                stored.uploadedBy(), stored.uploadedAt(), original.id());
        try {
            mongo.upsert(Query.query(Criteria.where("_id").is(orderId).and("files.copiedFrom").ne(original.id())),
                    new Update().push("files", entry), WorkOrderFolderDocument.class);
            return entry;
        } catch (DuplicateKeyException copiedMeanwhile) {
            attachments.release(stored.id());
            return copyOf(orderId, original.id()).orElseThrow(() -> copiedMeanwhile);
        }
    }

    private Optional<Entry> copyOf(String orderId, String sourceId) {
        return list(orderId).stream().filter(entry -> sourceId.equals(entry.copiedFrom())).findFirst();
    }

    private static void close(Attachments.Download download) {
        try {
            download.content().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Entry> list(String orderId) {
        WorkOrderFolderDocument folder = mongo.findById(orderId, WorkOrderFolderDocument.class);
        return folder == null ? List.of() : folder.files();
    }

    public Attachments.Download download(WorkOrder order, String attachmentId) {
        if (!isReferenced(order.id(), attachmentId)) {
            throw new NotFoundException("attachment", attachmentId);
        }
        return attachments.open(attachmentId, owner(order));
    }

    /** An action names only files uploaded to its own order (422 otherwise). */
    public void requireUploaded(String orderId, Collection<String> attachmentIds) {
        Set<String> uploaded = list(orderId).stream().map(Entry::attachmentId).collect(Collectors.toSet());
        List<String> unknown = attachmentIds.stream().filter(id -> !uploaded.contains(id)).distinct().toList();
        if (!unknown.isEmpty()) {
            throw new InvalidWorkOrderException("photoIds", "not uploaded to this order: " + unknown);
        }
    }

    @Override
    public String ownerType() {
        return OWNER_TYPE;
    }

    @Override
    public boolean isReferenced(String orderId, String attachmentId) {
        return list(orderId).stream().anyMatch(entry -> entry.attachmentId().equals(attachmentId));
    }

    private static AttachmentOwner owner(WorkOrder order) {
        return new AttachmentOwner(OWNER_TYPE, order.id(), order.communityId());
    }
}
