package com.estate.billing.receipt;

import com.estate.billing.pdf.ChineseDocument;
import com.estate.billing.pdf.Column;
import com.estate.billing.pdf.DocumentPrinter;
import com.estate.billing.pdf.Field;
import com.estate.billing.receipt.domain.AmountInWords;
import com.estate.billing.receipt.domain.Receipt;
import com.estate.billing.receipt.domain.ReceiptLine;
import com.estate.billing.receipt.domain.ReceiptStatus;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** A receipt as the payer gets it on paper: 收费票据 with its number, the lines paid, the total in capitals. */
@Component
class ReceiptPdf {

    static final String COPY_MARK = "副本 COPY";
    static final String VOID_MARK = "作废 VOID";

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    private static final Map<String, String> CHANNELS = Map.of("CASH", "现金", "CARD", "银行卡", "WECHAT_PAY", "微信支付",
            "ALIPAY", "支付宝", "BANK_TRANSFER", "银行转账", "HOME_COLLECTION", "上门收费");

    private final DocumentPrinter printer;
    private final ReceiptProperties properties;

    ReceiptPdf(DocumentPrinter printer, ReceiptProperties properties) {
        this.printer = printer;
        this.properties = properties;
    }

    byte[] print(Receipts.Printable printable) {
        Receipt receipt = printable.receipt();
        String paidAt = receipt.paidAt().atZone(properties.timeZone()).format(DATE_TIME);
        ChineseDocument document = ChineseDocument.titled("收费票据")
                .subtitle("票据号 No. " + receipt.number())
                .fields(List.of(new Field("缴款人", receipt.payerName()), new Field("房屋", receipt.unitId()),
                        new Field("收款方式", CHANNELS.getOrDefault(receipt.channel(), receipt.channel())),
                        new Field("交易参考号", receipt.reference()),
                        new Field("收款时间", paidAt), new Field("收款人", receipt.issuedBy())))
                .table(List.of(Column.left("收费项目", 4), Column.left("账单号", 3), Column.right("金额（元）", 1.6f)),
                        receipt.lines().stream().map(ReceiptPdf::row).toList())
                .fields(List.of(new Field("合计金额（小写）", "¥" + receipt.total().toPlainString()),
                        new Field("合计金额（大写）", AmountInWords.of(receipt.total()))), 1)
                .footer(properties.issuer() + " · 本票据为收费凭证，请妥善保管 · 票据号 " + receipt.number());
        if (receipt.status() == ReceiptStatus.VOIDED) {
            document.mark(VOID_MARK);
        } else if (printable.copy()) {
            document.mark(COPY_MARK);
        }
        return printer.print(document);
    }

    private static List<String> row(ReceiptLine line) {
        return List.of(line.description(), line.billId() == null ? "—" : line.billId(), line.amount().toPlainString());
    }
}
