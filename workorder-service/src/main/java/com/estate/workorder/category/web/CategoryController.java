package com.estate.workorder.category.web;

import com.estate.platform.concurrency.Etags;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.security.Caller;
import com.estate.workorder.category.RepairCategories;
import com.estate.workorder.category.RepairCategory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A community's repair categories with their keyword dictionary (read by everyone who takes repairs in, changed by
 * supervisors), and the category a description suggests: shown to the agent, never applied by itself.
 */
@RestController
class CategoryController {

    private final RepairCategories categories;

    CategoryController(RepairCategories categories) {
        this.categories = categories;
    }

    record CategoriesBody(@NotEmpty @Size(max = 100) List<@Valid @NotNull Category> categories) {
    }

    record Category(@NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{0,49}") String code,
            @NotBlank @Size(max = 50) String nameZh, @NotBlank @Size(max = 100) String nameEn,
            @Size(max = 100) List<@NotBlank @Size(max = 30) String> keywords) {

        static Category of(RepairCategory category) {
            return new Category(category.code(), category.nameZh(), category.nameEn(), category.keywords());
        }

        RepairCategory toDomain() {
            return new RepairCategory(code, nameZh, nameEn, keywords);
        }
    }

    record Suggestion(String suggestedCategory, List<String> matchedKeywords) {
    }

    @GetMapping("/api/work-orders/categories")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'CS_AGENT', 'CS_SUPERVISOR', 'DIRECTOR', 'TECHNICIAN', 'RESIDENT')")
    ResponseEntity<CategoriesBody> list(@RequestParam String communityId, Caller caller) {
        caller.requireCommunity(communityId, "community", communityId);
        return Etags.ok(categories.of(communityId), list -> new CategoriesBody(list.stream().map(Category::of)
                .toList()));
    }

    @PutMapping("/api/work-orders/categories")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'CS_SUPERVISOR')")
    ResponseEntity<CategoriesBody> replace(@RequestParam String communityId, @Valid @RequestBody CategoriesBody body,
            IfMatch ifMatch, Caller caller) {
        caller.requireCommunity(communityId, "community", communityId);
        var saved = categories.replace(communityId, body.categories().stream().map(Category::toDomain).toList(),
                ifMatch);
        return Etags.ok(saved, list -> new CategoriesBody(list.stream().map(Category::of).toList()));
    }

    @GetMapping("/api/work-orders/category-suggestion")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'CS_AGENT', 'CS_SUPERVISOR', 'RESIDENT')")
    Suggestion suggest(@RequestParam String communityId, @RequestParam @Size(max = 2000) String description,
            Caller caller) {
        caller.requireCommunity(communityId, "community", communityId);
        return categories.suggest(communityId, description)
                .map(s -> new Suggestion(s.code(), s.matched())).orElse(new Suggestion(null, List.of()));
    }
}
