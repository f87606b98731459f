package com.estate.workorder.technician.web;

import com.estate.platform.concurrency.Etags;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.security.Caller;
import com.estate.workorder.technician.TechnicianProfile;
import com.estate.workorder.technician.Technicians;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Technician profiles (skills, communities), kept by supervisors, for dispatch. */
@RestController
class TechnicianController {

    static final String SUPERVISORS = "hasAnyRole('PLATFORM_ADMIN', 'CS_SUPERVISOR')";

    private final Technicians technicians;

    TechnicianController(Technicians technicians) {
        this.technicians = technicians;
    }

    /** @param skills repair category codes */
    record ProfileBody(@NotBlank @Size(max = 100) String name,
            @Size(max = 50) Set<@NotBlank @Size(max = 50) String> skills,
            @NotEmpty @Size(max = 50) Set<@NotBlank @Size(max = 64) String> communities) {
    }

    record ProfileResponse(String staffId, String name, Set<String> skills, Set<String> communities) {

        static ProfileResponse of(TechnicianProfile profile) {
            return new ProfileResponse(profile.staffId(), profile.name(), profile.skills(), profile.communities());
        }
    }

    @PutMapping("/api/work-orders/technicians/{staffId}")
    @PreAuthorize(SUPERVISORS)
    ResponseEntity<ProfileResponse> save(@PathVariable @Size(max = 64) String staffId,
            @Valid @RequestBody ProfileBody body, IfMatch ifMatch, Caller caller) {
        var profile = new TechnicianProfile(staffId, body.name(), body.skills(), body.communities());
        return Etags.ok(technicians.save(caller, profile, ifMatch), ProfileResponse::of);
    }

    @GetMapping("/api/work-orders/technicians/{staffId}")
    @PreAuthorize(SUPERVISORS + " or hasRole('CS_AGENT')")
    ResponseEntity<ProfileResponse> get(@PathVariable String staffId, Caller caller) {
        return Etags.ok(technicians.visibleTo(caller, staffId), ProfileResponse::of);
    }

    @GetMapping("/api/work-orders/technicians")
    @PreAuthorize(SUPERVISORS + " or hasRole('CS_AGENT')")
    List<ProfileResponse> list(@RequestParam String communityId, Caller caller) {
        caller.requireCommunity(communityId, "community", communityId);
        return technicians.ofCommunity(communityId).stream().map(ProfileResponse::of).toList();
    }
}
