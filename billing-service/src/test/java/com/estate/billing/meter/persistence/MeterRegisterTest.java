package com.estate.billing.meter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.estate.billing.meter.domain.Reading;
import com.estate.billing.meter.persistence.MeterReadingsDocument.Entry;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Replaced meters read as one continuous register: two values differ by the consumption in between. */
class MeterRegisterTest {

    static Entry read(String day, String value) {
        return new Entry(LocalDate.parse(day), new BigDecimal(value), "import", Instant.EPOCH);
    }

    static Entry replaced(String day, String finalReading, String start) {
        return Entry.replacement(LocalDate.parse(day), new BigDecimal(start), new BigDecimal(finalReading), "t-1",
                "坏了", Instant.EPOCH);
    }

    @Test
    void eachReplacementAddsWhatTheOldMeterReadUpToItsFinalReading() {
        List<Reading> register = MeterReadingsDocument.register(List.of(read("2026-09-30", "100.5"),
                read("2026-10-31", "110.5"), replaced("2026-11-10", "115.5", "0"), read("2026-11-30", "4"),
                replaced("2026-12-01", "5", "1000"), read("2026-12-02", "1002")));
        assertThat(register).extracting(r -> r.value().stripTrailingZeros().toPlainString())
                .containsExactly("100.5", "110.5", "115.5", "119.5", "120.5", "122.5");
        // October's last reading to November's: (115.5 - 110.5) + (4 - 0)
        assertThat(register.get(3).value().subtract(register.get(1).value())).isEqualByComparingTo("9");
    }

    @Test
    void withoutAReplacementTheRegisterIsTheMetersOwnReading() {
        assertThat(MeterReadingsDocument.register(List.of(read("2026-09-30", "7"), read("2026-10-31", "9"))))
                .extracting(Reading::value).containsExactly(new BigDecimal("7"), new BigDecimal("9"));
    }
}
