package com.estate.gateway.admin;

import java.net.URI;

import jakarta.validation.Valid;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.estate.gateway.security.ConditionalOnBuiltInIssuer;

import reactor.core.publisher.Mono;

/**
 * {@code /auth/admin/users}: staff accounts, for {@code PLATFORM_ADMIN} only ({@link AdminSecurityConfiguration}).
 * Responses never carry password hashes.
 */
@RestController
@RequestMapping(path = "/auth/admin/users", produces = MediaType.APPLICATION_JSON_VALUE)
@ConditionalOnBuiltInIssuer
class StaffAdminController {

    private final StaffAdministration administration;

    StaffAdminController(StaffAdministration administration) {
        this.administration = administration;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<StaffUserView>> create(@Valid @RequestBody CreateStaffUserRequest request) {
        return administration.create(request)
                .map(created -> ResponseEntity.created(URI.create("/auth/admin/users/" + created.id()))
                        .body(StaffUserView.of(created)));
    }

    @GetMapping
    Mono<StaffUserPage> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return administration.list(page, size);
    }

    @GetMapping("/{id}")
    Mono<StaffUserView> get(@PathVariable String id) {
        return administration.get(id).map(StaffUserView::of);
    }

    @PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<StaffUserView> update(@AuthenticationPrincipal Jwt caller, @PathVariable String id,
            @Valid @RequestBody UpdateStaffUserRequest request) {
        return administration.update(caller.getSubject(), id, request).map(StaffUserView::of);
    }

    @PostMapping("/{id}/disable")
    Mono<StaffUserView> disable(@AuthenticationPrincipal Jwt caller, @PathVariable String id) {
        return administration.setEnabled(caller.getSubject(), id, false).map(StaffUserView::of);
    }

    @PostMapping("/{id}/enable")
    Mono<StaffUserView> enable(@AuthenticationPrincipal Jwt caller, @PathVariable String id) {
        return administration.setEnabled(caller.getSubject(), id, true).map(StaffUserView::of);
    }

    /** Lifts the lockouts wrong passwords caused, at every client address. */
    @PostMapping("/{id}/unlock")
    Mono<StaffUserView> unlock(@PathVariable String id) {
        return administration.unlock(id).map(StaffUserView::of);
    }
}
