package com.estate.workorder.patrol;

import com.estate.platform.attachment.AttachmentOwner;
import com.estate.platform.attachment.AttachmentReferences;
import com.estate.platform.attachment.Attachments;
import com.estate.platform.problem.BusinessRuleException;
import com.estate.platform.security.Caller;
import com.estate.workorder.files.FileEntry;
import com.estate.workorder.files.FileFolders;
import com.estate.workorder.patrol.domain.PatrolTask;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * A patrol's photos in the suite's file store (infra/ARCHITECTURE.md §12), kept as work orders keep theirs:
 * uploaded by the patrollers before they record the result, which names them (for the patrol as a whole or for one
 * problem); a problem's photos are carried over to the work order it opens.
 */
@Service
public class PatrolFiles implements AttachmentReferences {

    static final String OWNER_TYPE = "patrol";
    static final String COLLECTION = "patrol_files";

    private final FileFolders folders;

    PatrolFiles(FileFolders folders) {
        this.folders = folders;
    }

    public FileEntry upload(Caller caller, PatrolTask task, String kind, MultipartFile file) {
        return folders.upload(COLLECTION, owner(task), kind, file, caller.subject());
    }

    public List<FileEntry> list(String taskId) {
        return folders.list(COLLECTION, taskId);
    }

    public Attachments.Download download(PatrolTask task, String attachmentId) {
        return folders.download(COLLECTION, owner(task), attachmentId);
    }

    /** A result names only photos uploaded to its own patrol (422 otherwise). */
    void requireUploaded(String taskId, Collection<String> attachmentIds) {
        List<String> unknown = folders.notListed(COLLECTION, taskId, attachmentIds);
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
        return folders.lists(COLLECTION, taskId, attachmentId);
    }

    private static AttachmentOwner owner(PatrolTask task) {
        return new AttachmentOwner(OWNER_TYPE, task.id(), task.communityId());
    }
}
