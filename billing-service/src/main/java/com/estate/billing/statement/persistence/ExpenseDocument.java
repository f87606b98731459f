package com.estate.billing.statement.persistence;

import com.estate.billing.statement.domain.Expense;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An expense as finance entered it; what lists filter by is at the top. */
@Document("statement_expenses")
public class ExpenseDocument {

    @Id
    private String id;
    private String communityId;
    private String period;
    private Expense expense;

    protected ExpenseDocument() {
    }

    public static ExpenseDocument of(Expense expense) {
        ExpenseDocument document = new ExpenseDocument();
        document.id = expense.id();
        document.communityId = expense.communityId();
        document.period = expense.period();
        document.expense = expense;
        return document;
    }

    public Expense expense() {
        return expense;
    }
}
