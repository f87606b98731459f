package com.estate.platform.attachment;

import com.estate.platform.problem.InvalidParameterException;
import com.estate.platform.problem.NotFoundException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.Optional;
import java.util.TreeSet;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.web.multipart.MultipartFile;

/**
 * The suite's file store (infra/ARCHITECTURE.md §12): stores an upload for one owning record after checking its
 * kind's size limit and its type (from its content), serves it back only through that owner, and lets an owner
 * give a file up for the {@link AttachmentSweeper} to delete. The owner keeps the attachment's id in its own
 * record; a service answers whether it still does with an {@link AttachmentReferences} bean.
 */
public class Attachments {

    private final GridFsFiles files;
    private final AttachmentChecks checks;
    private final ContentTypeDetector detector;
    private final AttachmentProperties properties;
    private final Clock clock;

    Attachments(GridFsFiles files, AttachmentChecks checks, ContentTypeDetector detector,
            AttachmentProperties properties, Clock clock) {
        this.files = files;
        this.checks = checks;
        this.detector = detector;
        this.properties = properties;
        this.clock = clock;
    }

    /** A stored file with its content, to be read once and closed. */
    public record Download(StoredAttachment attachment, InputStream content) {
    }

    /** Stores a multipart upload; see {@link #store(AttachmentOwner, String, String, long, InputStream, String)}. */
    public StoredAttachment store(AttachmentOwner owner, String kind, MultipartFile file, String uploadedBy) {
        try (InputStream content = file.getInputStream()) {
            return store(owner, kind, file.getOriginalFilename(), file.getSize(), content, uploadedBy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Streams the content into the store: its type is detected from its first bytes, its size counted as it is
     * written (a file found too large is deleted at once), its SHA-256 computed on the way. Until the owner's
     * record refers to it, the file is watched and deleted after the grace period.
     *
     * @param declaredSize the size the client announced, -1 if unknown: refused early when already too large
     * @throws InvalidParameterException           for a kind that is not configured
     * @throws AttachmentTooLargeException         over the kind's limit
     * @throws UnsupportedAttachmentTypeException  for content of a type the kind does not accept
     */
    public StoredAttachment store(AttachmentOwner owner, String kindName, String filename, long declaredSize,
            InputStream content, String uploadedBy) throws IOException {
        AttachmentProperties.Kind kind = kind(kindName);
        long limit = kind.maxSize().toBytes();
        if (declaredSize > limit) {
            throw new AttachmentTooLargeException(kindName, limit);
        }
        byte[] header = content.readNBytes(detector.headerLength());
        String contentType = detector.detect(header);
        if (!kind.types().contains(contentType)) {
            throw new UnsupportedAttachmentTypeException(kindName, kind.types());
        }
        ObjectId id = new ObjectId();
        Instant now = clock.instant();
        checks.watch(id, now.plus(properties.gracePeriod()));
        MessageDigest sha256 = sha256();
        long length;
        try {
            length = files.writeChunks(id, new SequenceInputStream(new ByteArrayInputStream(header), content), limit,
                    sha256);
        } catch (GridFsFiles.LimitExceededException e) {
            checks.done(id);
            throw new AttachmentTooLargeException(kindName, limit);
        }
        var attachment = new StoredAttachment(id.toHexString(), Filenames.sanitize(filename), kindName, contentType,
                length, HexFormat.of().formatHex(sha256.digest()), owner, uploadedBy, now);
        files.insertFile(document(attachment, id));
        return attachment;
    }

    /**
     * The file, if it belongs to that owner; the caller has already checked that it may see the owner.
     *
     * @throws NotFoundException for an unknown id or another owner's file
     */
    public Download open(String attachmentId, AttachmentOwner owner) {
        Document file = ownedFile(attachmentId, owner)
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        return new Download(attachmentOf(file), files.content(file));
    }

    /**
     * The owner no longer refers to the file (call it before removing the reference): the sweeper deletes it
     * after the grace period unless a reference is back by then.
     */
    public void release(String attachmentId) {
        if (ObjectId.isValid(attachmentId)) {
            checks.watch(new ObjectId(attachmentId), clock.instant().plus(properties.gracePeriod()));
        }
    }

    private Optional<Document> ownedFile(String attachmentId, AttachmentOwner owner) {
        if (!ObjectId.isValid(attachmentId)) {
            return Optional.empty();
        }
        return files.file(new ObjectId(attachmentId)).filter(file -> {
            Document metadata = file.get("metadata", Document.class);
            return owner.type().equals(metadata.getString("ownerType"))
                    && owner.id().equals(metadata.getString("ownerId"));
        });
    }

    private AttachmentProperties.Kind kind(String name) {
        AttachmentProperties.Kind kind = name == null ? null : properties.kinds().get(name);
        if (kind == null) {
            throw new InvalidParameterException("kind", "problem.attachment-kind.field",
                    String.join(", ", new TreeSet<>(properties.kinds().keySet())));
        }
        return kind;
    }

    private static Document document(StoredAttachment attachment, ObjectId id) {
        AttachmentOwner owner = attachment.owner();
        return new Document("_id", id).append("length", attachment.size())
                .append("uploadDate", Date.from(attachment.uploadedAt())).append("filename", attachment.filename())
                .append("metadata", new Document("kind", attachment.kind())
                        .append("contentType", attachment.contentType()).append("sha256", attachment.sha256())
                        .append("ownerType", owner.type()).append("ownerId", owner.id())
                        .append("communityId", owner.communityId()).append("uploadedBy", attachment.uploadedBy()));
    }

    static StoredAttachment attachmentOf(Document file) {
        Document metadata = file.get("metadata", Document.class);
        return new StoredAttachment(file.getObjectId("_id").toHexString(), file.getString("filename"),
                metadata.getString("kind"), metadata.getString("contentType"),
                file.get("length", Number.class).longValue(), metadata.getString("sha256"),
                new AttachmentOwner(metadata.getString("ownerType"), metadata.getString("ownerId"),
                        metadata.getString("communityId")),
                metadata.getString("uploadedBy"), file.getDate("uploadDate").toInstant());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
