package com.estate.billing.statement.web;

import com.estate.billing.statement.StatementReports;
import com.estate.billing.statement.Statements;
import com.estate.billing.statement.domain.Expense;
import com.estate.billing.statement.domain.Statement;
import com.estate.billing.statement.persistence.PublishedStatementDocument;
import com.estate.platform.idempotency.IdempotentCommand;
import com.estate.platform.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Income and expenditure statements (收支公示) per community and month: finance enters expenses and publishes; finance
 * and the director read the working copy (JSON, CSV, PDF); the community's residents read what was published.
 */
@RestController
class StatementController {

    static final String MONTH = "^\\d{4}-(0[1-9]|1[0-2])$";
    static final String STAFF = "hasAnyRole('PLATFORM_ADMIN', 'FINANCE', 'DIRECTOR')";
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final Statements statements;
    private final StatementReports reports;

    StatementController(Statements statements, StatementReports reports) {
        this.statements = statements;
        this.reports = reports;
    }

    record ExpenseResponse(String id, String communityId, String period, String category, String amount,
            String currency, String description, java.time.LocalDate spentOn, String enteredBy, Instant enteredAt) {

        static ExpenseResponse of(Expense expense) {
            return new ExpenseResponse(expense.id(), expense.communityId(), expense.period(), expense.category().name(),
                    expense.amount().toPlainString(), expense.amount().currency(), expense.description(),
                    expense.spentOn(), expense.enteredBy(), expense.enteredAt());
        }
    }

    @PostMapping("/api/billing/statements/expenses")
    @IdempotentCommand
    @PreAuthorize("hasRole('FINANCE')")
    ResponseEntity<ExpenseResponse> enter(@Valid @RequestBody ExpenseRequest request, Caller caller) {
        Expense expense = statements.enter(caller, request.entry());
        return ResponseEntity.created(URI.create("/api/billing/statements/expenses?communityId="
                + expense.communityId() + "&period=" + expense.period())).body(ExpenseResponse.of(expense));
    }

    @GetMapping("/api/billing/statements/expenses")
    @PreAuthorize(STAFF)
    List<ExpenseResponse> expenses(@RequestParam String communityId, @RequestParam @Pattern(regexp = MONTH) String period,
            Caller caller) {
        return statements.expenses(caller, communityId, YearMonth.parse(period)).stream().map(ExpenseResponse::of)
                .toList();
    }

    /** The working copy for staff; for a resident, the published statement of their community (404 before). */
    @GetMapping("/api/billing/statements")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'FINANCE', 'DIRECTOR', 'RESIDENT')")
    StatementResponse statement(@RequestParam String communityId, @RequestParam @Pattern(regexp = MONTH) String period,
            @RequestParam(defaultValue = "false") boolean published, Caller caller) {
        if (caller.isResident() || published) {
            PublishedStatementDocument document = statements.published(caller, communityId, YearMonth.parse(period));
            return StatementResponse.of(document.statement(), document.publishedAt());
        }
        return StatementResponse.of(statements.current(caller, communityId, YearMonth.parse(period)), null);
    }

    @PostMapping("/api/billing/statements/publications")
    @PreAuthorize("hasRole('FINANCE')")
    StatementResponse publish(@Valid @RequestBody PublishRequest request, Caller caller) {
        PublishedStatementDocument document = statements.publish(caller, request.communityId(),
                YearMonth.parse(request.period()));
        return StatementResponse.of(document.statement(), document.publishedAt());
    }

    @GetMapping(value = "/api/billing/statements.csv", produces = "text/csv")
    @PreAuthorize(STAFF)
    ResponseEntity<String> csv(@RequestParam String communityId, @RequestParam @Pattern(regexp = MONTH) String period,
            Caller caller) {
        Statement statement = statements.current(caller, communityId, YearMonth.parse(period));
        return file(CSV, "statement-" + communityId + "-" + period + ".csv", reports.csv(statement));
    }

    /** Staff get the working copy (marked as a draft); residents the published statement. */
    @GetMapping(value = "/api/billing/statements.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'FINANCE', 'DIRECTOR', 'RESIDENT')")
    ResponseEntity<byte[]> pdf(@RequestParam String communityId, @RequestParam @Pattern(regexp = MONTH) String period,
            @RequestParam(defaultValue = "false") boolean published, Caller caller) {
        byte[] pdf;
        if (caller.isResident() || published) {
            PublishedStatementDocument document = statements.published(caller, communityId, YearMonth.parse(period));
            pdf = reports.pdf(document.statement(), document.publishedAt());
        } else {
            pdf = reports.pdf(statements.current(caller, communityId, YearMonth.parse(period)), null);
        }
        return file(MediaType.APPLICATION_PDF, "statement-" + communityId + "-" + period + ".pdf", pdf);
    }

    static <T> ResponseEntity<T> file(MediaType type, String name, T body) {
        return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noStore())
                .header("Content-Disposition", ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8)
                        .build().toString())
                .body(body);
    }
}
