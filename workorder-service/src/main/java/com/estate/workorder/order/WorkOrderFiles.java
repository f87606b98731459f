package com.estate.workorder.order;

import com.estate.platform.attachment.AttachmentOwner;
import com.estate.platform.attachment.AttachmentReferences;
import com.estate.platform.attachment.Attachments;
import com.estate.platform.security.Caller;
import com.estate.workorder.files.FileEntry;
import com.estate.workorder.files.FileFolders;
import com.estate.workorder.order.domain.InvalidWorkOrderException;
import com.estate.workorder.order.domain.WorkOrder;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * An order's photos in the suite's file store (infra/ARCHITECTURE.md §12): the resident's of what is broken, the
 * technician's of the finished work, a patrol's of the problem that opened it. Whoever may see the order may upload
 * and download them.
 */
@Service
public class WorkOrderFiles implements AttachmentReferences {

    static final String OWNER_TYPE = "work-order";
    static final String COLLECTION = "work_order_files";

    private final FileFolders folders;

    WorkOrderFiles(FileFolders folders) {
        this.folders = folders;
    }

    public FileEntry upload(Caller caller, WorkOrder order, String kind, MultipartFile file) {
        return folders.upload(COLLECTION, owner(order.id(), order.communityId()), kind, file, caller.subject());
    }

    /** A file of the record the order came from (a patrol's problem photo) becomes the order's own, once. */
    public FileEntry carryOver(String orderId, String communityId, Attachments.Download source, String by) {
        return folders.carryOver(COLLECTION, owner(orderId, communityId), source, by);
    }

    public List<FileEntry> list(String orderId) {
        return folders.list(COLLECTION, orderId);
    }

    public Attachments.Download download(WorkOrder order, String attachmentId) {
        return folders.download(COLLECTION, owner(order.id(), order.communityId()), attachmentId);
    }

    /** An action names only files uploaded to its own order (422 otherwise). */
    public void requireUploaded(String orderId, Collection<String> attachmentIds) {
        List<String> unknown = folders.notListed(COLLECTION, orderId, attachmentIds);
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
        return folders.lists(COLLECTION, orderId, attachmentId);
    }

    private static AttachmentOwner owner(String orderId, String communityId) {
        return new AttachmentOwner(OWNER_TYPE, orderId, communityId);
    }
}
