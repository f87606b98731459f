package com.estate.platform.attachment;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The file store (infra/ARCHITECTURE.md §12). Defaults for the kinds are in the platform's defaults; a service adds
 * or changes kinds under {@code app.attachments.kinds.<name>.*}.
 *
 * @param bucket        the GridFS bucket: {@code <bucket>.files} and {@code <bucket>.chunks}
 * @param kinds         what may be uploaded, by the {@code kind} an upload names
 * @param gracePeriod   how long an uploaded file, or one whose reference was removed, may stay unreferenced
 *                      before the sweeper deletes it
 * @param sweepInterval how often the sweeper runs (on one replica)
 * @param uploadPaths   the endpoints (Ant patterns) that accept multipart uploads larger than
 *                      {@code app.web.max-body-size}, up to the largest kind's limit
 */
@ConfigurationProperties("app.attachments")
public record AttachmentProperties(
        @DefaultValue("attachments") String bucket,
        Map<String, Kind> kinds,
        @DefaultValue("24h") Duration gracePeriod,
        @DefaultValue("1h") Duration sweepInterval,
        @DefaultValue("/api/**/attachments") List<String> uploadPaths) {

    public AttachmentProperties {
        kinds = kinds == null ? Map.of() : Map.copyOf(kinds);
        uploadPaths = List.copyOf(uploadPaths);
    }

    /**
     * @param maxSize the largest file of this kind
     * @param types   the media types accepted, as detected from the content (never as the client declares them)
     */
    public record Kind(DataSize maxSize, Set<String> types) {

        public Kind {
            types = Set.copyOf(types);
        }
    }

    /** The largest file any kind accepts: what the multipart parser and the body limit let through. */
    public long largestFile() {
        return kinds.values().stream().mapToLong(kind -> kind.maxSize().toBytes()).max().orElse(0);
    }
}
