package com.estate.platform.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FilenamesTest {

    @Test
    void keepsChineseNamesAsTheyAre() {
        assertThat(Filenames.sanitize("交房验收单 3-1201.pdf")).isEqualTo("交房验收单 3-1201.pdf");
    }

    @Test
    void dropsDirectoriesOfEitherKind() {
        assertThat(Filenames.sanitize("../../etc/passwd")).isEqualTo("passwd");
        assertThat(Filenames.sanitize("C:\\Users\\王\\Desktop\\户型图.png")).isEqualTo("户型图.png");
        assertThat(Filenames.sanitize("..")).isEqualTo("file");
    }

    @Test
    void dropsControlAndInvisibleCharactersThatForgeHeadersOrDisguiseExtensions() {
        assertThat(Filenames.sanitize("a\r\nSet-Cookie: x.pdf")).isEqualTo("aSet-Cookie x.pdf");
        assertThat(Filenames.sanitize("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
        assertThat(Filenames.sanitize("pho\u0000to.jpg")).isEqualTo("photo.jpg");
        assertThat(Filenames.sanitize("\"quoted\"<>|?*.jpg")).isEqualTo("quoted.jpg");
    }

    @Test
    void dropsLeadingDotsAndTrailingDotsAndSpaces() {
        assertThat(Filenames.sanitize(".htaccess")).isEqualTo("htaccess");
        assertThat(Filenames.sanitize(" 照片.jpg. . ")).isEqualTo("照片.jpg");
    }

    @Test
    void shortensLongNamesKeepingTheExtension() {
        String longName = "很".repeat(300) + ".pdf";
        String sanitized = Filenames.sanitize(longName);
        assertThat(sanitized.codePointCount(0, sanitized.length())).isEqualTo(Filenames.MAX_LENGTH);
        assertThat(sanitized).endsWith("很.pdf");
        String emoji = "😀".repeat(200);
        assertThat(Filenames.sanitize(emoji).codePointCount(0, Filenames.sanitize(emoji).length()))
                .isEqualTo(Filenames.MAX_LENGTH);
    }

    @Test
    void aMissingOrEmptyNameBecomesFile() {
        assertThat(Filenames.sanitize(null)).isEqualTo("file");
        assertThat(Filenames.sanitize("   ")).isEqualTo("file");
    }
}
