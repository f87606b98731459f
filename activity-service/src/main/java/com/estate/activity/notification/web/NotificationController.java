package com.estate.activity.notification.web;

import com.estate.activity.notification.Inboxes;
import com.estate.platform.security.Caller;
import com.estate.platform.web.PageRequests;
import com.estate.platform.web.PageResponse;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own notification inbox; every signed-in role has one (what it holds depends on the token). */
@RestController
@RequestMapping("/api/notifications")
class NotificationController {

    private final Inboxes inboxes;
    private final PageRequests pageRequests;

    NotificationController(Inboxes inboxes, PageRequests pageRequests) {
        this.inboxes = inboxes;
        this.pageRequests = pageRequests;
    }

    /** Newest first. */
    @GetMapping
    PageResponse<NotificationResponse> list(Caller caller, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var pageable = pageRequests.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt"));
        return PageResponse.of(inboxes.page(caller, pageable), NotificationResponse::of);
    }

    @GetMapping("/unread-count")
    UnreadCountResponse unreadCount(Caller caller) {
        return new UnreadCountResponse(inboxes.unreadCount(caller));
    }

    @GetMapping("/{id}")
    NotificationResponse get(Caller caller, @PathVariable UUID id) {
        return NotificationResponse.of(inboxes.get(caller, id.toString()));
    }

    /** Marks it read; repeating it changes nothing (the first {@code readAt} stays). */
    @PostMapping("/{id}/read")
    NotificationResponse read(Caller caller, @PathVariable UUID id) {
        return NotificationResponse.of(inboxes.markRead(caller, id.toString()));
    }
}
