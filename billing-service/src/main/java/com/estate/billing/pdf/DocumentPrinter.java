package com.estate.billing.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Prints a {@link ChineseDocument} as PDF bytes. Thread-safe: each call builds its own PDFBox document and loads
 * the fonts into it afresh from the shared bytes (a PDFBox font object must not be shared between documents).
 */
public final class DocumentPrinter {

    private final PdfFonts fonts;

    public DocumentPrinter(PdfFonts fonts) {
        this.fonts = fonts;
    }

    public byte[] print(ChineseDocument source) {
        try (PDDocument document = new PDDocument()) {
            DocumentFonts documentFonts = new DocumentFonts(document, fonts);
            PageWriter pages = new PageWriter(document, documentFonts);
            try (pages) {
                BlockWriter blocks = new BlockWriter(pages);
                source.blocks().forEach(blocks::write);
            }
            new PageDecorations(document, documentFonts).apply(pages.pages(), source.footerText(), source.markText());
            describe(document, source);
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new PdfException("cannot print the document", e);
        }
    }

    private static void describe(PDDocument document, ChineseDocument source) {
        PDDocumentInformation info = document.getDocumentInformation();
        source.blocks().stream().filter(Block.Title.class::isInstance).map(b -> ((Block.Title) b).text())
                .findFirst().ifPresent(info::setTitle);
        info.setCreator("billing-service");
        document.getDocumentCatalog().setLanguage("zh-CN");
    }
}
