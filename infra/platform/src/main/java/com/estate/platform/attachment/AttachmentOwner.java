package com.estate.platform.attachment;

import java.util.Objects;

/**
 * The one record an attachment belongs to, e.g. {@code ("unit", unitId, communityId)}. Downloads are authorised
 * through that record: whoever may see it may see its files.
 */
public record AttachmentOwner(String type, String id, String communityId) {

    public AttachmentOwner {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(communityId, "communityId");
    }
}
