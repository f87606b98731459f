package com.estate.billing.reconciliation.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A report's id from what it found and over how much: the same replay of the same events against the same state
 * gives the same id, whenever it runs and whatever else (its own earlier reports) was published in between.
 */
public final class ReportIdentity {

    private ReportIdentity() {
    }

    public static String of(int eventsApplied, int accountsChecked, int chargesExpected, List<Finding> findings) {
        StringBuilder canonical = new StringBuilder()
                .append(eventsApplied).append('\n').append(accountsChecked).append('\n').append(chargesExpected);
        for (Finding finding : findings) {
            canonical.append('\n').append(finding.sortKey()).append('|').append(finding.expected()).append('|')
                    .append(finding.actual()).append('|').append(String.join(",", finding.eventIds()));
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return "rr-" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
