package com.estate.resident.unit.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import com.estate.platform.attachment.AttachmentOwner;
import com.estate.platform.attachment.AttachmentSweeper;
import com.estate.platform.attachment.Attachments;
import com.estate.platform.problem.NotFoundException;
import com.estate.testsupport.MovableClock;
import com.estate.testsupport.SampleFiles;
import com.estate.testsupport.TestHttp;
import com.estate.testsupport.TestTokens;
import com.estate.testsupport.TestUploads;
import com.estate.testsupport.WithSharedInfrastructure;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.ContentDisposition;
import tools.jackson.databind.JsonNode;

/** A unit's documents through real HTTP with real tokens, on the shared MongoDB; time moves by the clock. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithSharedInfrastructure
@Import(MovableClock.AsApplicationClock.class)
class UnitAttachmentsTest {

    @LocalServerPort
    int port;
    @Autowired
    MovableClock clock;
    @Autowired
    AttachmentSweeper sweeper;
    @Autowired
    Attachments attachments;

    final String admin = TestTokens.get().staff("PLATFORM_ADMIN");
    TestHttp api;
    TestUploads files;
    String communityId;
    String unitId;
    String agent;
    String path;

    @BeforeEach
    void registerUnit() {
        api = new TestHttp(port);
        files = new TestUploads(port);
        communityId = api.send("POST", "/api/communities", admin,
                "{\"name\":\"翠苑 " + System.nanoTime() + "\",\"timeZone\":\"Asia/Shanghai\"}").json().path("id")
                .asString();
        agent = TestTokens.get().staff("CS_AGENT", communityId);
        var unit = api.send("POST", "/api/communities/" + communityId + "/units", agent,
                "{\"building\":\"3\",\"unitNumber\":\"3-" + System.nanoTime() % 10000 + "\",\"floorArea\":\"89.50\"}");
        assertThat(unit.status()).as(unit.body()).isEqualTo(201);
        unitId = unit.json().path("id").asString();
        path = "/api/units/" + unitId + "/attachments";
    }

    @Test
    void staffUploadAndTheUnitsResidentsListAndDownload() throws Exception {
        byte[] pdf = SampleFiles.ofSize(SampleFiles.pdf(), 300_000);
        var uploaded = files.upload(path + "?kind=document", agent, "交房验收单.pdf", "application/pdf", pdf);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        JsonNode attachment = uploaded.json();
        assertThat(attachment.path("filename").asString()).isEqualTo("交房验收单.pdf");
        assertThat(attachment.path("contentType").asString()).isEqualTo("application/pdf");
        assertThat(attachment.path("size").asLong()).isEqualTo(pdf.length);
        assertThat(attachment.path("sha256").asString()).isEqualTo(SampleFiles.sha256(pdf));

        String resident = TestTokens.get().resident("r-1", communityId, unitId);
        var list = api.send("GET", path, resident, null);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get(0).path("id").asString()).isEqualTo(attachment.path("id").asString());

        var download = files.download(attachment.path("href").asString(), resident);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.sha256()).isEqualTo(SampleFiles.sha256(pdf));
        assertThat(download.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(ContentDisposition.parse(download.header("Content-Disposition")).getFilename())
                .isEqualTo("交房验收单.pdf");
    }

    @Test
    void anotherHouseholdOrCommunityLearnsNothing() {
        var uploaded = files.upload(path + "?kind=photo", agent, "living-room.jpg", "image/jpeg",
                SampleFiles.ofSize(SampleFiles.jpeg(), 5_000));
        String href = uploaded.json().path("href").asString();
        String neighbour = TestTokens.get().resident("r-2", communityId, "another-unit");
        String strangerStaff = TestTokens.get().staff("CS_AGENT", "another-community");

        assertThat(files.download(href, neighbour).status()).isEqualTo(404);
        assertThat(files.download(href, strangerStaff).status()).isEqualTo(404);
        assertThat(api.send("GET", path, neighbour, null).status()).isEqualTo(404);
        // the right unit, but a file of another unit's
        String otherUnitsFile = "/api/units/" + unitId + "/attachments/" + "0".repeat(24);
        assertThat(files.download(otherUnitsFile, agent).status()).isEqualTo(404);
        // residents may read their unit's documents, not add or remove them
        String resident = TestTokens.get().resident("r-1", communityId, unitId);
        assertThat(files.upload(path + "?kind=photo", resident, "a.jpg", "image/jpeg", SampleFiles.jpeg()).status())
                .isEqualTo(403);
        assertThat(api.send("DELETE", href, resident, null).status()).isEqualTo(403);
    }

    @Test
    void aFileOverItsKindsLimitIsRefusedWith413() {
        byte[] tooLarge = SampleFiles.ofSize(SampleFiles.jpeg(), 10 * 1024 * 1024 + 1);
        var answer = files.upload(path + "?kind=photo", agent, "huge.jpg", "image/jpeg", tooLarge);
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().path("code").asString()).isEqualTo("attachment-too-large");
        assertThat(api.send("GET", path, agent, null).json().size()).isZero();
    }

    @Test
    void theTypeIsTheContentsNotTheClientsWord() {
        var text = files.upload(path + "?kind=photo", agent, "photo.png", "image/png", SampleFiles.text());
        assertThat(text.status()).isEqualTo(415);
        assertThat(text.json().path("code").asString()).isEqualTo("unsupported-attachment-type");

        var executable = files.upload(path + "?kind=document", agent, "invoice.pdf", "application/pdf",
                SampleFiles.ofSize(SampleFiles.windowsExecutable(), 4096));
        assertThat(executable.status()).isEqualTo(415);
        assertThat(executable.json().path("code").asString()).isEqualTo("unsupported-attachment-type");

        var heic = files.upload(path + "?kind=photo", agent, "IMG_0001.HEIC", "application/octet-stream",
                SampleFiles.ofSize(SampleFiles.heic(), 2048));
        assertThat(heic.status()).as(heic.body()).isEqualTo(201);
        assertThat(heic.json().path("contentType").asString()).isEqualTo("image/heic");
    }

    @Test
    void badUploadsAreExplained() {
        var unknownKind = files.upload(path + "?kind=selfie", agent, "a.jpg", "image/jpeg", SampleFiles.jpeg());
        assertThat(unknownKind.status()).isEqualTo(400);
        assertThat(unknownKind.json().path("errors").get(0).path("field").asString()).isEqualTo("kind");
        var json = api.send("POST", path + "?kind=photo", agent, "{\"file\":\"x\"}");
        assertThat(json.status()).isEqualTo(415);
        assertThat(json.contentType()).startsWith("application/problem+json");
    }

    @Test
    void filenamesAreSanitised() {
        var answer = files.upload(path + "?kind=photo", agent, "../../windows/户型图\u202Egnp.exe.png",
                "image/png", SampleFiles.png());
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(answer.json().path("filename").asString()).isEqualTo("户型图gnp.exe.png");
    }

    @Test
    void theSweeperRemovesUnreferencedFilesAfterTheGracePeriodAndKeepsReferencedOnes() throws Exception {
        String kept = files.upload(path + "?kind=photo", agent, "kept.png", "image/png", SampleFiles.png()).json()
                .path("href").asString();
        String removed = files.upload(path + "?kind=photo", agent, "removed.png", "image/png", SampleFiles.png())
                .json().path("href").asString();
        assertThat(api.send("DELETE", removed, agent, null).status()).isEqualTo(204);
        assertThat(files.download(removed, agent).status()).as("the reference is gone at once").isEqualTo(404);
        // an upload whose reference never landed (the request failed after storing the file)
        String orphan = attachments.store(new AttachmentOwner("unit", unitId, communityId), "photo", "orphan.png",
                -1, new ByteArrayInputStream(SampleFiles.png()), "staff-cs-agent").id();
        String removedId = removed.substring(removed.lastIndexOf('/') + 1);

        sweeper.sweep();
        assertThat(stored(removedId)).as("within the grace period").isTrue();
        assertThat(stored(orphan)).isTrue();

        clock.advance(Duration.ofHours(25));
        sweeper.sweep();
        assertThat(stored(removedId)).isFalse();
        assertThat(stored(orphan)).isFalse();
        assertThat(files.download(kept, agent).status()).isEqualTo(200);
    }

    private boolean stored(String attachmentId) {
        try {
            attachments.open(attachmentId, new AttachmentOwner("unit", unitId, communityId)).content().close();
            return true;
        } catch (NotFoundException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
