package com.estate.billing.statement;

import com.estate.billing.BillingProperties;
import com.estate.billing.pdf.ChineseDocument;
import com.estate.billing.pdf.Column;
import com.estate.billing.pdf.DocumentPrinter;
import com.estate.billing.pdf.Field;
import com.estate.billing.statement.domain.ExpenseCategory;
import com.estate.billing.statement.domain.Statement;
import com.estate.platform.money.Money;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

/**
 * A statement as files: CSV for finance's spreadsheets (UTF-8 with a byte-order mark, so Excel opens the Chinese
 * headings right) and a printable PDF in Chinese for the notice board and residents.
 */
@Component
public class StatementReports {

    /** Excel reads a UTF-8 CSV as UTF-8 only after this mark. */
    public static final String BOM = "\uFEFF";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private final DocumentPrinter printer;
    private final ZoneId zone;

    StatementReports(DocumentPrinter printer, BillingProperties billing) {
        this.printer = printer;
        this.zone = billing.timeZone();
    }

    /** The statement's lines: section, item, code, amount (yuan). */
    private static List<List<String>> lines(Statement statement) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of("收入", "收到的款项", "RECEIVED", statement.received().toPlainString()));
        lines.add(List.of("收入", "退款及冲正", "PAID_BACK", negative(statement.paidBack())));
        lines.add(List.of("收入", "收入合计", "INCOME", statement.income().toPlainString()));
        for (ExpenseCategory category : ExpenseCategory.values()) {
            lines.add(List.of("支出", category.label(), category.name(),
                    statement.expenditure().get(category).toPlainString()));
        }
        lines.add(List.of("支出", "支出合计", "EXPENDITURE", statement.totalExpenditure().toPlainString()));
        lines.add(List.of("结余", "收支结余", "SURPLUS", statement.surplus().toPlainString()));
        lines.add(List.of("收缴", "本期应收", "BILLED", statement.billed().toPlainString()));
        lines.add(List.of("收缴", "本期已收", "COLLECTED", statement.collected().toPlainString()));
        lines.add(List.of("收缴", "收缴率（%）", "COLLECTION_RATE_PERCENT", rate(statement.collectionRatePercent())));
        return lines;
    }

    public String csv(Statement statement) {
        StringWriter out = new StringWriter().append(BOM);
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader("community", "period", "section", "item", "code", "amount").get())) {
            for (List<String> line : lines(statement)) {
                csv.printRecord(statement.communityId(), statement.period(), line.get(0), line.get(1), line.get(2),
                        line.get(3));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** @param publishedAt when it was published; null for the working copy (then marked as a draft) */
    public byte[] pdf(Statement statement, Instant publishedAt) {
        ChineseDocument document = ChineseDocument.titled("物业服务收支情况公示")
                .subtitle(statement.period() + " · 小区 " + statement.communityId())
                .table(List.of(Column.left("类别", 1.2f), Column.left("项目", 4), Column.right("金额（元）", 1.8f)),
                        lines(statement).stream().map(line -> List.of(line.get(0), line.get(1), line.get(3)))
                                .toList())
                .fields(List.of(new Field("收缴率", rate(statement.collectionRatePercent()) + "%"),
                        new Field(publishedAt == null ? "计算时间" : "公示时间",
                                (publishedAt == null ? statement.computedAt() : publishedAt).atZone(zone)
                                        .format(DATE_TIME))), 1)
                .footer("收入来自收费台账，支出由财务录入 · 收缴率 = 本期已收 ÷ 本期应收");
        if (publishedAt == null) {
            document.mark("草稿 DRAFT");
        }
        return printer.print(document);
    }

    private static String negative(Money amount) {
        return amount.amount().signum() == 0 ? amount.toPlainString() : Money.zero().minus(amount).toPlainString();
    }

    private static String rate(BigDecimal percent) {
        return percent == null ? "—" : percent.toPlainString();
    }
}
