package com.estate.workorder.order;

import com.estate.workorder.order.domain.Channel;
import com.estate.workorder.order.domain.Origin;
import com.estate.workorder.order.domain.OriginKind;
import com.estate.workorder.order.domain.Requester;
import com.estate.workorder.order.domain.TimeWindow;
import java.util.List;
import java.util.Objects;

/**
 * A request for a repair, from any channel: what {@link WorkOrders#intake} turns into a work order.
 *
 * @param communityId     the community the order belongs to
 * @param unitId          the unit to repair; null for a public-area repair, which names {@code publicArea} instead
 * @param publicArea      where in the community's public areas (e.g. "3号楼 电梯厅"); null for a unit
 * @param requester       who reported it (a resident, a staff member, a process of the suite)
 * @param contactName     whom to call about it; may be null
 * @param contactPhone    their phone, in clear here only: it is stored encrypted and answered masked; may be null
 * @param category        a repair category code of the community ({@code GET /api/work-orders/categories})
 * @param description     what is broken
 * @param photoIds        attachment ids of photos already stored for the order's origin; may be empty
 * @param preferredWindow when the resident would like the visit; may be null
 * @param emergency       an emergency (shorter deadlines, urgent notifications)
 * @param channel         how the request came in
 * @param origin          the record that asked for the order; with an id it makes the intake idempotent: however
 *                        often the same origin is taken in, one order (per {@code occurrence})
 * @param occurrence      1 for the origin's first order; 2, 3, ... when the same record asks again for a new order
 *                        (a move-in defect reported again after a failed repair)
 */
public record IntakeCommand(String communityId, String unitId, String publicArea, Requester requester,
        String contactName, String contactPhone, String category, String description, List<String> photoIds,
        TimeWindow preferredWindow, boolean emergency, Channel channel, Origin origin, int occurrence) {

    public IntakeCommand {
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(channel, "channel");
        origin = origin == null ? new Origin(OriginKind.ofChannel(channel), null) : origin;
        photoIds = photoIds == null ? List.of() : List.copyOf(photoIds);
        if (occurrence < 1) {
            throw new IllegalArgumentException("occurrence starts at 1");
        }
    }

    /** The first order of an origin (the usual case). */
    public IntakeCommand(String communityId, String unitId, String publicArea, Requester requester,
            String contactName, String contactPhone, String category, String description, List<String> photoIds,
            TimeWindow preferredWindow, boolean emergency, Channel channel, Origin origin) {
        this(communityId, unitId, publicArea, requester, contactName, contactPhone, category, description, photoIds,
                preferredWindow, emergency, channel, origin, 1);
    }
}
