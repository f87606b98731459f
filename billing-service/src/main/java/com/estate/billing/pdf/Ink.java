package com.estate.billing.pdf;

import java.awt.Color;

/** The few colours and sizes every document shares, so a receipt and a dunning letter look like one office's. */
final class Ink {

    static final Color TEXT = new Color(0x1A, 0x1A, 0x1A);
    static final Color MUTED = new Color(0x5F, 0x5F, 0x5F);
    static final Color RULE = new Color(0x8C, 0x8C, 0x8C);
    static final Color HEADER_FILL = new Color(0xEC, 0xEC, 0xEC);
    static final Color STAMP = new Color(0xC8, 0x10, 0x2E);

    static final float TITLE_SIZE = 20f;
    static final float SUBTITLE_SIZE = 10f;
    static final float BODY_SIZE = 10.5f;
    static final float TABLE_SIZE = 9.5f;
    static final float FOOTER_SIZE = 8f;

    /** Line height as a multiple of the font size: CJK glyphs fill the em box, so they need more than Latin. */
    static final float LEADING = 1.5f;

    private Ink() {
    }
}
