package com.estate.billing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class DocumentPrinterTest {

    private static final DocumentPrinter PRINTER = new DocumentPrinter(PdfFonts.fromClasspath());

    private static ChineseDocument receiptLike() {
        return ChineseDocument.titled("收费票据")
                .subtitle("票据号 No. 2026-000042")
                .fields(List.of(new Field("缴款人", "张三丰"), new Field("房号", "3栋2单元1502"),
                        new Field("收款方式", "微信支付"), new Field("收款日期", "2026年12月1日")))
                .table(List.of(Column.left("收费项目", 3), Column.left("所属期间", 2), Column.right("金额（元）", 1.5f)),
                        List.of(List.of("物业管理费", "2026年11月", "256.80"),
                                List.of("车位管理费", "2026年11月", "150.00")))
                .paragraph("合计人民币（大写）：肆佰零陆元捌角整")
                .footer("锦绣花园物业服务中心 · 本票据为收费凭证，请妥善保管");
    }

    @Test
    void printsChineseTextThatExtractsAsWrittenAndRendersVisibly() throws IOException {
        byte[] pdf = PRINTER.print(receiptLike());

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("收费票据", "张三丰", "3栋2单元1502", "物业管理费", "256.80", "肆佰零陆元捌角整",
                    "第 1 页 / 共 1 页");
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 72);
            assertThat(darkPixelShare(image)).isBetween(0.005, 0.30);
            preview(document, "receipt-like.png");
        }
    }

    /** The first page as a PNG under target/pdf-preview, for a person to look at. */
    static void preview(PDDocument document, String name) throws IOException {
        Path png = Path.of("target", "pdf-preview", name);
        Files.createDirectories(png.getParent());
        ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 110), "png", png.toFile());
    }

    @Test
    void embedsOnlyTheGlyphsItUsesSoADocumentStaysSmall() throws IOException {
        byte[] pdf = PRINTER.print(receiptLike());

        assertThat(pdf.length).isLessThan(150 * 1024);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> fontNames = new ArrayList<>();
            for (var name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                fontNames.add(font.getName());
                assertThat(font.isEmbedded()).isTrue();
            }
            // a subset's name carries a six-letter tag: ABCDEF+NotoSansSC-Regular
            assertThat(fontNames).isNotEmpty().allMatch(n -> n.matches("[A-Z]{6}\\+NotoSansSC.*"));
        }
    }

    @Test
    void aMarkIsStampedOnEveryPageAndALongTableContinuesWithItsHeader() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 80; i++) {
            rows.add(List.of("第" + i + "项 电梯运行维护费分摊", String.format("%d.00", i)));
        }
        byte[] pdf = PRINTER.print(ChineseDocument.titled("收费明细").mark("副本 COPY")
                .table(List.of(Column.left("项目", 4), Column.right("金额", 1)), rows));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document);
                assertThat(text).contains("副本 COPY", "项目", "金额",
                        "第 " + page + " 页 / 共 " + document.getNumberOfPages() + " 页");
            }
            assertThat(new PDFTextStripper().getText(document)).contains("第80项 电梯运行维护费分摊", "80.00");
            preview(document, "copy-mark.png");
        }
    }

    @Test
    void aCharacterTheFontLacksPrintsAsAQuestionMarkInsteadOfFailing() throws IOException {
        byte[] pdf = PRINTER.print(ChineseDocument.titled("收费票据")
                .fields(List.of(new Field("缴款人", "李四\uD83D\uDE00\u0007"))));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("李四?");
        }
    }

    @Test
    void aLongParagraphWrapsInsideThePageWidth() throws IOException {
        String body = "您好！截至本通知发出之日，贵户尚欠物业管理费，请于收到本通知之日起十五日内到物业服务中心缴纳，"
                .repeat(6);
        byte[] pdf = PRINTER.print(ChineseDocument.titled("催缴通知书").paragraph(body));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String[] lines = new PDFTextStripper().getText(document).split("\\R");
            assertThat(lines).hasSizeGreaterThan(6);
            assertThat(String.join("", lines)).contains(body.substring(0, 60));
        }
    }

    private static double darkPixelShare(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int luminance = ((rgb >> 16 & 0xFF) * 299 + (rgb >> 8 & 0xFF) * 587 + (rgb & 0xFF) * 114) / 1000;
                if (luminance < 128) {
                    dark++;
                }
            }
        }
        return (double) dark / ((long) image.getWidth() * image.getHeight());
    }
}
