package com.estate.resident.movein.web;

import com.estate.platform.concurrency.Etags;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.security.Caller;
import com.estate.resident.movein.InspectionChecklists;
import com.estate.resident.movein.domain.InspectionChecklist;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A community's house-inspection checklist: the desk reads it, supervisors replace it ({@code If-Match}; the
 * standard checklist a community starts with has ETag {@code "0"}).
 */
@RestController
class InspectionChecklistController {

    private final InspectionChecklists checklists;

    InspectionChecklistController(InspectionChecklists checklists) {
        this.checklists = checklists;
    }

    record ItemRequest(@NotBlank @Size(max = 40) @Pattern(regexp = "[a-z0-9-]+") String code,
            @NotBlank @Size(max = 60) String name) {
    }

    record RoomRequest(@NotBlank @Size(max = 40) @Pattern(regexp = "[a-z0-9-]+") String code,
            @NotBlank @Size(max = 60) String name, @NotEmpty @Size(max = 50) List<@NotNull @Valid ItemRequest> items) {

        @AssertTrue
        boolean isItems() {
            return items == null || items.stream().map(ItemRequest::code).distinct().count() == items.size();
        }
    }

    record ChecklistRequest(@NotEmpty @Size(max = 30) List<@NotNull @Valid RoomRequest> rooms) {

        @AssertTrue
        boolean isRooms() {
            return rooms == null || rooms.stream().map(RoomRequest::code).distinct().count() == rooms.size();
        }

        InspectionChecklist toDomain() {
            return new InspectionChecklist(rooms.stream().map(room -> new InspectionChecklist.Room(room.code(),
                    room.name(), room.items().stream().map(item -> new InspectionChecklist.Item(item.code(),
                            item.name())).toList())).toList());
        }
    }

    @GetMapping("/api/communities/{communityId}/inspection-checklist")
    @PreAuthorize(MoveInController.DESK)
    ResponseEntity<InspectionChecklist> get(@PathVariable UUID communityId, Caller caller) {
        return Etags.ok(checklists.of(caller, communityId.toString()), checklist -> checklist);
    }

    @PutMapping("/api/communities/{communityId}/inspection-checklist")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'CS_SUPERVISOR')")
    ResponseEntity<InspectionChecklist> replace(@PathVariable UUID communityId,
            @Valid @RequestBody ChecklistRequest request, IfMatch ifMatch, Caller caller) {
        return Etags.ok(checklists.replace(caller, communityId.toString(), ifMatch, request.toDomain()),
                checklist -> checklist);
    }
}
