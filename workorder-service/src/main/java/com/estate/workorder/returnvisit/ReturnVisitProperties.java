package com.estate.workorder.returnvisit;

import com.estate.workorder.returnvisit.domain.ReturnVisitDeadlines;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code app.return-visits.*}: which repair category codes are safety facilities and which are leaks, and the days
 * each kind of visit has (infra/BUSINESS-RULES.md §2: 2, 3 after the leak test, 2).
 */
@ConfigurationProperties("app.return-visits")
public record ReturnVisitProperties(Set<String> safetyCategories, Set<String> leakCategories, Integer safetyDays,
        Integer leakDays, Integer otherDays) {

    public ReturnVisitProperties {
        ReturnVisitDeadlines standard = ReturnVisitDeadlines.standard();
        safetyCategories = safetyCategories == null ? standard.safetyCategories() : Set.copyOf(safetyCategories);
        leakCategories = leakCategories == null ? standard.leakCategories() : Set.copyOf(leakCategories);
        safetyDays = safetyDays == null ? standard.safetyDays() : safetyDays;
        leakDays = leakDays == null ? standard.leakDays() : leakDays;
        otherDays = otherDays == null ? standard.otherDays() : otherDays;
    }

    public ReturnVisitDeadlines deadlines() {
        return new ReturnVisitDeadlines(safetyCategories, leakCategories, safetyDays, leakDays, otherDays);
    }
}
