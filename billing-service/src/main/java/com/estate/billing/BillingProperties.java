package com.estate.billing;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * billing-service's own settings ({@code app.billing.*}).
 *
 * @param timeZone  the zone in which billing's days (move-in dates, due dates) are counted when an event gives none
 * @param dueDays   a periodic bill is due this many days after its period's first day
 * @param billRun   the bill runs' settings
 */
@ConfigurationProperties("app.billing")
public record BillingProperties(@DefaultValue("Asia/Shanghai") ZoneId timeZone, @DefaultValue("15") int dueDays,
        @DefaultValue BillRun billRun) {

    /**
     * @param batchSize     bills written per batch (one bulk insert of bills, one of ledger entries)
     * @param lockAtMostFor how long a run's lease on its community outlives a replica that died running it
     * @param scheduled     whether each community's monthly run starts by itself ({@code cron}), besides the API
     * @param cron          when the monthly runs start (business time is the injected clock; the trigger is the
     *                      machine's)
     */
    public record BillRun(@DefaultValue("500") int batchSize, @DefaultValue("PT30M") Duration lockAtMostFor,
            @DefaultValue("false") boolean scheduled, @DefaultValue("0 0 2 1 * *") String cron) {
    }
}
