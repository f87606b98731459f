package com.estate.billing.statement.web;

import com.estate.billing.statement.domain.ExpenseCategory;
import com.estate.billing.statement.domain.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A statement on the wire; amounts are decimal strings in CNY, the collection rate a percentage with one decimal
 * (null when nothing was billed).
 *
 * @param publishedAt when residents were shown it; null for the working copy
 */
record StatementResponse(String communityId, String period, String received, String paidBack, String income,
        Map<ExpenseCategory, String> expenditure, String totalExpenditure, String surplus, String billed,
        String collected, String collectionRatePercent, String currency, Instant computedAt, Instant publishedAt) {

    static StatementResponse of(Statement statement, Instant publishedAt) {
        Map<ExpenseCategory, String> expenditure = new LinkedHashMap<>();
        statement.expenditure().forEach((category, amount) -> expenditure.put(category, amount.toPlainString()));
        return new StatementResponse(statement.communityId(), statement.period(), statement.received().toPlainString(),
                statement.paidBack().toPlainString(), statement.income().toPlainString(), expenditure,
                statement.totalExpenditure().toPlainString(), statement.surplus().toPlainString(),
                statement.billed().toPlainString(), statement.collected().toPlainString(),
                statement.collectionRatePercent() == null ? null : statement.collectionRatePercent().toPlainString(),
                "CNY", statement.computedAt(), publishedAt);
    }
}
