package com.estate.resident.unit.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import com.estate.testsupport.SampleFiles;
import com.estate.testsupport.TestHttp;
import com.estate.testsupport.TestTokens;
import com.estate.testsupport.TestUploads;
import com.estate.testsupport.WithSharedInfrastructure;
import java.io.InputStream;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A 50 MB video through real HTTP and back, in a JVM whose heap is 256 MB for everything: the service, the
 * embedded broker and the in-memory MongoDB stand-in that keeps the file (its own surefire execution, see the
 * pom, which runs the tag {@code large-upload} there only). Holding the file whole anywhere on the way, or once per copy, would not fit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithSharedInfrastructure
@Tag("large-upload")
class LargeUploadTest {

    static final int SIZE = 50 * 1024 * 1024;

    @LocalServerPort
    int port;

    @Test
    void a50MegabyteVideoStreamsInAndOutUnchanged() throws Exception {
        TestHttp api = new TestHttp(port);
        String admin = TestTokens.get().staff("PLATFORM_ADMIN");
        String communityId = api.send("POST", "/api/communities", admin,
                "{\"name\":\"大文件 " + System.nanoTime() + "\",\"timeZone\":\"Asia/Shanghai\"}").json().path("id")
                .asString();
        String agent = TestTokens.get().staff("CS_AGENT", communityId);
        String unitId = api.send("POST", "/api/communities/" + communityId + "/units", agent,
                "{\"building\":\"1\",\"unitNumber\":\"1-101\",\"floorArea\":\"60.00\"}").json().path("id").asString();
        assertThat(Runtime.getRuntime().maxMemory()).as("run with -Xmx256m").isLessThanOrEqualTo(256L * 1024 * 1024);

        var files = new TestUploads(port);
        var uploaded = files.upload("/api/units/" + unitId + "/attachments?kind=video", agent, "验房视频.mp4",
                "video/mp4", () -> new GeneratedVideo(SIZE));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        String expected = SampleFiles.sha256(new GeneratedVideo(SIZE));
        assertThat(uploaded.json().path("sha256").asString()).isEqualTo(expected);
        assertThat(uploaded.json().path("size").asLong()).isEqualTo(SIZE);

        var download = files.download(uploaded.json().path("href").asString(), agent);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.length()).isEqualTo(SIZE);
        assertThat(download.sha256()).isEqualTo(expected);
        assertThat(download.header("Content-Type")).isEqualTo("video/mp4");
    }


    /** An MP4 header, then the same pseudo-random bytes every time, made as they are read. */
    static final class GeneratedVideo extends InputStream {

        private final byte[] header = SampleFiles.mp4();
        private final Random random = new Random(42);
        private final long size;
        private long position;

        GeneratedVideo(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] target, int offset, int length) {
            if (position == size) {
                return -1;
            }
            int n = (int) Math.min(length, size - position);
            for (int i = 0; i < n; i++, position++) {
                target[offset + i] = position < header.length ? header[(int) position] : (byte) random.nextInt();
            }
            return n;
        }
    }
}
