package com.estate.billing.dunning;

import com.estate.billing.BillingProperties;
import com.estate.billing.dunning.domain.DunningCase;
import com.estate.billing.dunning.domain.Letter;
import com.estate.billing.dunning.persistence.DunningAccountDocument;
import com.estate.billing.pdf.ChineseDocument;
import com.estate.billing.pdf.DocumentPrinter;
import com.estate.billing.pdf.Field;
import com.estate.platform.problem.BusinessRuleException;
import com.estate.platform.security.Caller;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The stage-3 formal dunning letter (催缴函) as a printable PDF in Chinese, for the desk to send by express mail:
 * its number, the unit, what is overdue for which periods, the deadline, and the steps that follow. Generated from
 * the case as stored, so a reprint says the same; the household is named by its unit (names stay in
 * resident-service).
 */
@Component
public class DunningLetterPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final DunningAccounts accounts;
    private final DocumentPrinter printer;
    private final DunningProperties properties;
    private final ZoneId zone;

    DunningLetterPdf(DunningAccounts accounts, DocumentPrinter printer, DunningProperties properties,
            BillingProperties billing) {
        this.accounts = accounts;
        this.printer = printer;
        this.properties = properties;
        this.zone = billing.timeZone();
    }

    /** What a download needs: the letter's number (the file name) and the PDF. */
    public record Printed(String letterNumber, byte[] pdf) {
    }

    /**
     * @throws BusinessRuleException (422 {@code dunning-no-letter}) before the case reached stage 3
     */
    public Printed print(Caller caller, String accountId) {
        DunningAccountDocument document = accounts.visible(caller, accountId);
        DunningCase dunning = document.current();
        Letter letter = dunning.letter();
        if (letter == null) {
            throw new BusinessRuleException("dunning-no-letter", "the case has no dunning letter yet", dunning.id());
        }
        String since = dunning.overdueSince().format(DATE);
        ChineseDocument pdf = ChineseDocument.titled("催缴函")
                .subtitle("编号 No. " + letter.letterNumber())
                .fields(List.of(new Field("房屋", dunning.unitId()), new Field("收费账户", dunning.accountId()),
                        new Field("发函日期", letter.generatedAt().atZone(zone).format(DATE)),
                        new Field("寄送方式", "特快专递" + (letter.trackingNumber() == null ? ""
                                : "（" + letter.courier() + " " + letter.trackingNumber() + "）"))))
                .paragraph("尊敬的业主：您的房屋自 " + since + " 起有物业服务费用逾期未缴。我中心已于 "
                        + dunning.reminder().at().atZone(zone).format(DATE) + " 以"
                        + (dunning.reminder().channel().name().equals("SMS") ? "短信" : "电话")
                        + "方式提醒，至今仍未缴纳。现正式函告如下：")
                .fields(List.of(new Field("欠费期间", String.join("、", letter.periods())),
                        new Field("欠费合计", "¥" + letter.amount().toPlainString()),
                        new Field("缴费期限", letter.deadline().format(DATE))), 1)
                .paragraph("请于缴费期限前到物业服务中心或通过线上渠道缴清上述费用。逾期仍未缴纳的，我中心将依照"
                        + "物业服务合同上门催缴，并保留通过法律途径追缴的权利。如已缴纳，请忽略本函。")
                .footer(properties.letterIssuer() + " · 催缴函 " + letter.letterNumber());
        return new Printed(letter.letterNumber(), printer.print(pdf));
    }
}
