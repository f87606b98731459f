package com.estate.billing.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A printable A4 document in Chinese, described as blocks (title, fields, tables, paragraphs) and printed by
 * {@link DocumentPrinter}. A {@code mark} (副本 COPY on a reprint) is stamped on every page; the footer line and
 * the page count (第 1 页 / 共 2 页) are printed at the bottom of every page.
 */
public final class ChineseDocument {

    private final List<Block> blocks = new ArrayList<>();
    private String footer = "";
    private String mark;

    private ChineseDocument() {
    }

    public static ChineseDocument titled(String title) {
        return new ChineseDocument().add(new Block.Title(title));
    }

    public ChineseDocument subtitle(String text) {
        return add(new Block.Subtitle(text));
    }

    public ChineseDocument fields(List<Field> fields) {
        return add(new Block.Fields(fields, 2));
    }

    public ChineseDocument fields(List<Field> fields, int perRow) {
        return add(new Block.Fields(fields, perRow));
    }

    public ChineseDocument table(List<Column> columns, List<List<String>> rows) {
        return add(new Block.Table(columns, rows));
    }

    public ChineseDocument paragraph(String text) {
        return add(new Block.Paragraph(text));
    }

    public ChineseDocument gap(float points) {
        return add(new Block.Gap(points));
    }

    /** A line printed at the bottom of every page (who issued it, a notice). */
    public ChineseDocument footer(String text) {
        this.footer = Objects.requireNonNull(text, "text");
        return this;
    }

    /** A stamp on every page, e.g. {@code 副本 COPY} on a reprint or {@code 作废 VOID} on a voided receipt. */
    public ChineseDocument mark(String text) {
        this.mark = Objects.requireNonNull(text, "text");
        return this;
    }

    public ChineseDocument add(Block block) {
        blocks.add(Objects.requireNonNull(block, "block"));
        return this;
    }

    List<Block> blocks() {
        return List.copyOf(blocks);
    }

    String footerText() {
        return footer;
    }

    Optional<String> markText() {
        return Optional.ofNullable(mark);
    }
}
