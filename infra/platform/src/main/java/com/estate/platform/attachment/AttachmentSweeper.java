package com.estate.platform.attachment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Deletes files no owner refers to once their grace period is over (infra/ARCHITECTURE.md §12): uploads whose
 * owner never stored the reference (the request failed after the upload) and files an owner gave up. It looks only
 * at the watched files that are due, and asks the owner type's {@link AttachmentReferences} by the owner's id;
 * a file whose owner type no bean answers for is kept and looked at again a grace period later.
 */
public class AttachmentSweeper {

    private static final Logger log = LoggerFactory.getLogger(AttachmentSweeper.class);
    private static final int BATCH = 500;

    private final GridFsFiles files;
    private final AttachmentChecks checks;
    private final Map<String, AttachmentReferences> references;
    private final AttachmentProperties properties;
    private final Clock clock;

    AttachmentSweeper(GridFsFiles files, AttachmentChecks checks, List<AttachmentReferences> references,
            AttachmentProperties properties, Clock clock) {
        this.files = files;
        this.checks = checks;
        this.references = references.stream()
                .collect(Collectors.toMap(AttachmentReferences::ownerType, Function.identity()));
        this.properties = properties;
        this.clock = clock;
    }

    /** What one pass did. */
    public record Result(int deleted, int kept) {
    }

    @Scheduled(fixedDelayString = "${app.attachments.sweep-interval:1h}",
            initialDelayString = "${app.attachments.sweep-interval:1h}")
    @SchedulerLock(name = "attachment-sweeper", lockAtLeastFor = "${app.attachments.sweep-lock-at-least-for:PT5M}",
            lockAtMostFor = "${app.attachments.sweep-lock-at-most-for:PT30M}")
    public void sweepOnOneReplica() {
        Result result = sweep();
        if (result.deleted() > 0) {
            log.info("attachment sweep deleted {} unreferenced file(s), kept {}", result.deleted(), result.kept());
        }
    }

    /** One pass over every due file, in batches. */
    public Result sweep() {
        int deleted = 0;
        int kept = 0;
        Instant now = clock.instant();
        List<AttachmentChecks.Due> due;
        do {
            due = checks.due(now, BATCH);
            for (AttachmentChecks.Due check : due) {
                if (look(check, now)) {
                    deleted++;
                } else {
                    kept++;
                }
            }
        } while (due.size() == BATCH);
        return new Result(deleted, kept);
    }

    /** @return whether the file was deleted */
    private boolean look(AttachmentChecks.Due check, Instant now) {
        Document file = files.file(check.fileId()).orElse(null);
        if (file == null) {
            checks.done(check.fileId()); // never completed (refused or cut off), or deleted already
            return false;
        }
        StoredAttachment attachment = Attachments.attachmentOf(file);
        AttachmentReferences owner = references.get(attachment.owner().type());
        if (owner == null) {
            log.warn("no AttachmentReferences for owner type {}: file {} kept", attachment.owner().type(),
                    attachment.id());
            checks.watch(check.fileId(), now.plus(properties.gracePeriod()));
            return false;
        }
        if (owner.isReferenced(attachment.owner().id(), attachment.id())) {
            checks.done(check.fileId());
            return false;
        }
        files.delete(file);
        checks.done(check.fileId());
        return true;
    }
}
