package com.estate.platform.attachment;

/**
 * Answers for one owner type whether its record still refers to an attachment. Each service declares one bean
 * per owner type it attaches files to; the sweeper asks it before deleting a file (infra/ARCHITECTURE.md §12), so
 * the answer must come from a lookup by the owner's {@code _id} (or another unique key), never a scan.
 */
public interface AttachmentReferences {

    /** The {@link AttachmentOwner#type()} answered for. */
    String ownerType();

    boolean isReferenced(String ownerId, String attachmentId);
}
