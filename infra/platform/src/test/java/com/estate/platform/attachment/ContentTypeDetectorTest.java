package com.estate.platform.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import com.estate.testsupport.SampleFiles;
import java.io.ByteArrayInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MimeTypes;
import org.junit.jupiter.api.Test;

class ContentTypeDetectorTest {

    final ContentTypeDetector detector = new ContentTypeDetector();

    @Test
    void knowsEachAcceptedTypeByItsContent() {
        assertThat(detector.detect(SampleFiles.jpeg())).isEqualTo("image/jpeg");
        assertThat(detector.detect(SampleFiles.png())).isEqualTo("image/png");
        assertThat(detector.detect(SampleFiles.webp())).isEqualTo("image/webp");
        assertThat(detector.detect(SampleFiles.heic())).isEqualTo("image/heic");
        assertThat(detector.detect(SampleFiles.heicWithMif1Brand())).isEqualTo("image/heic");
        assertThat(detector.detect(SampleFiles.mp4())).isEqualTo("video/mp4");
        assertThat(detector.detect(SampleFiles.mp4WithMp42Brand())).isEqualTo("video/mp4");
        assertThat(detector.detect(SampleFiles.pdf())).isEqualTo("application/pdf");
    }

    @Test
    void anExecutableOrTextIsWhatItIsWhateverItIsCalled() {
        assertThat(detector.detect(SampleFiles.windowsExecutable())).isIn("application/x-msdownload",
                "application/x-dosexec");
        assertThat(detector.detect(SampleFiles.text())).isEqualTo("text/plain");
        assertThat(detector.detect(new byte[0])).isEqualTo("application/octet-stream");
    }

    /** Why IsoMediaBrands exists: should tika-core learn these brands, this fails and the supplement can go. */
    @Test
    void tikaCoreAloneMissesTheCommonMp4AndHeicBrands() throws Exception {
        MimeTypes tika = MimeTypes.getDefaultMimeTypes();
        assertThat(tika.detect(new ByteArrayInputStream(SampleFiles.mp4()), new Metadata()).toString())
                .isNotEqualTo("video/mp4");
        assertThat(tika.detect(new ByteArrayInputStream(SampleFiles.heicWithMif1Brand()), new Metadata())
                .toString()).isEqualTo("image/heif");
        assertThat(tika.detect(new ByteArrayInputStream(SampleFiles.heic()), new Metadata()).toString())
                .isEqualTo("image/heic");
        assertThat(tika.detect(new ByteArrayInputStream(SampleFiles.webp()), new Metadata()).toString())
                .isEqualTo("image/webp");
    }
}
