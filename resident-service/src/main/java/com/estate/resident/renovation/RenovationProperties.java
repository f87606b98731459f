package com.estate.resident.renovation;

import com.estate.platform.money.Money;
import com.estate.resident.renovation.domain.RenovationRules;
import com.estate.resident.renovation.domain.WasteFeeRule;
import com.estate.resident.renovation.domain.WorkingWindow;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code app.renovation.*} (defaults in resident-service's application.yml): the permit number's prefix and the
 * renovation rules a community has until its staff change them ({@code PUT /api/communities/{id}/renovation-rules}).
 *
 * @param permitPrefix e.g. {@code ZX}: permits are numbered {@code ZX-<year>-0001}, per community and year
 */
@ConfigurationProperties("app.renovation")
public record RenovationProperties(String permitPrefix, List<Window> workingHours, List<String> prohibitions,
        WasteFee wasteFee) {

    /** @param from {@code HH:mm}, inclusive; @param to {@code HH:mm}, exclusive */
    public record Window(Set<DayOfWeek> days, String from, String to) {
    }

    public record WasteFee(WasteFeeRule.Basis basis, BigDecimal amount) {
    }

    public RenovationRules defaultRules() {
        return new RenovationRules(
                workingHours.stream().map(w -> new WorkingWindow(w.days(), LocalTime.parse(w.from()),
                        LocalTime.parse(w.to()))).toList(),
                prohibitions, new WasteFeeRule(wasteFee.basis(), new Money(wasteFee.amount(), Money.CNY)));
    }
}
