package com.estate.workorder.files;

import com.estate.platform.attachment.AttachmentOwner;
import com.estate.platform.attachment.Attachments;
import com.estate.platform.attachment.StoredAttachment;
import com.estate.platform.problem.NotFoundException;
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
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * The folders of the service's records (work orders, patrols) in the suite's file store (infra/ARCHITECTURE.md
 * §12): a file is stored for its owner, then listed in the owner's folder (an upload whose listing never lands is
 * swept later); it is served only through an owner that lists it. Each kind of record keeps its folders in its own
 * collection.
 */
@Component
public class FileFolders {

    private final MongoTemplate mongo;
    private final Attachments attachments;

    FileFolders(MongoTemplate mongo, Attachments attachments) {
        this.mongo = mongo;
        this.attachments = attachments;
    }

    public FileEntry upload(String collection, AttachmentOwner owner, String kind, MultipartFile file, String by) {
        StoredAttachment stored = attachments.store(owner, kind, file, by);
        FileEntry entry = entryOf(stored, null);
        mongo.upsert(Query.query(Criteria.where("_id").is(owner.id())), new Update().push("files", entry),
                FolderDocument.class, collection);
        return entry;
    }

    public List<FileEntry> list(String collection, String ownerId) {
        FolderDocument folder = mongo.findById(ownerId, FolderDocument.class, collection);
        return folder == null ? List.of() : folder.files();
    }

    public boolean lists(String collection, String ownerId, String attachmentId) {
        return list(collection, ownerId).stream().anyMatch(entry -> entry.attachmentId().equals(attachmentId));
    }

    /** The file, if the owner's folder lists it (404 otherwise); the caller has checked that it may see the owner. */
    public Attachments.Download download(String collection, AttachmentOwner owner, String attachmentId) {
        if (!lists(collection, owner.id(), attachmentId)) {
            throw new NotFoundException("attachment", attachmentId);
        }
        return attachments.open(attachmentId, owner);
    }

    /** The ids among these that the owner's folder does not list, for a refusal naming them. */
    public List<String> notListed(String collection, String ownerId, Collection<String> attachmentIds) {
        Set<String> listed = list(collection, ownerId).stream().map(FileEntry::attachmentId)
                .collect(Collectors.toSet());
        return attachmentIds.stream().filter(id -> !listed.contains(id)).distinct().toList();
    }

    /**
     * A file of another record becomes the owner's own: copied into the store under the owner, so it is read,
     * authorised and swept like an upload to it. Once per source file: the listing is pushed only where the folder
     * has no copy of it yet, and a copy that lost that race is given up.
     */
    public FileEntry carryOver(String collection, AttachmentOwner owner, Attachments.Download source, String by) {
        StoredAttachment original = source.attachment();
        Optional<FileEntry> copied = copyOf(collection, owner.id(), original.id());
        if (copied.isPresent()) {
            close(source);
            return copied.get();
        }
        StoredAttachment stored;
        try (InputStream content = source.content()) {
            stored = attachments.store(owner, original.kind(), original.filename(), original.size(), content, by);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FileEntry entry = entryOf(stored, original.id());
        try {
            mongo.upsert(Query.query(Criteria.where("_id").is(owner.id()).and("files.copiedFrom").ne(original.id())),
                    new Update().push("files", entry), FolderDocument.class, collection);
            return entry;
        } catch (DuplicateKeyException copiedMeanwhile) {
            attachments.release(stored.id());
            return copyOf(collection, owner.id(), original.id()).orElseThrow(() -> copiedMeanwhile);
        }
    }

    private Optional<FileEntry> copyOf(String collection, String ownerId, String sourceId) {
        return list(collection, ownerId).stream().filter(entry -> sourceId.equals(entry.copiedFrom())).findFirst();
    }

    private static FileEntry entryOf(StoredAttachment stored, String copiedFrom) {
        return new FileEntry(stored.id(), stored.kind(), stored.filename(), stored.contentType(), stored.size(),
                stored.uploadedBy(), stored.uploadedAt(), copiedFrom);
    }

    private static void close(Attachments.Download download) {
        try {
            download.content().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
