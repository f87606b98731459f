package com.estate.platform.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.ContentDisposition;

class AttachmentResponsesTest {

    @Test
    void anAsciiNameIsSentAsItIs() {
        assertThat(AttachmentResponses.contentDisposition("floor-plan 3.pdf"))
                .isEqualTo("attachment; filename=\"floor-plan 3.pdf\"");
    }

    @Test
    void otherCharactersTravelAsRfc5987WithAnAsciiFallback() {
        String header = AttachmentResponses.contentDisposition("交房验收单.pdf");
        assertThat(header).isEqualTo("attachment; filename=\"_____.pdf\"; "
                + "filename*=UTF-8''%E4%BA%A4%E6%88%BF%E9%AA%8C%E6%94%B6%E5%8D%95.pdf");
        assertThat(ContentDisposition.parse(header).getFilename()).isEqualTo("交房验收单.pdf");
    }
}
