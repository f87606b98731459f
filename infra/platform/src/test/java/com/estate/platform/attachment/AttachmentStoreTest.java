package com.estate.platform.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.estate.platform.problem.InvalidParameterException;
import com.estate.platform.problem.NotFoundException;
import com.estate.testsupport.SampleFiles;
import com.estate.testsupport.SharedInfrastructure;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.gridfs.GridFSBuckets;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.util.unit.DataSize;

/** The store on the shared MongoDB (the stand-in here): limits, types, ownership, and files in GridFS's format. */
class AttachmentStoreTest {

    static final MongoClient client = MongoClients.create(SharedInfrastructure.get().mongoUri());
    final MongoTemplate mongo = new MongoTemplate(client, "attachment-store-test");
    final AttachmentProperties properties = new AttachmentProperties("attachments",
            Map.of("photo", new AttachmentProperties.Kind(DataSize.ofKilobytes(600), Set.of("image/png", "image/jpeg"))),
            Duration.ofHours(24), Duration.ofHours(1), List.of("/api/**/attachments"));
    final GridFsFiles files = new GridFsFiles(mongo, "attachments");
    final Attachments attachments = new Attachments(files, new AttachmentChecks(mongo), new ContentTypeDetector(),
            properties, Clock.systemUTC());
    final AttachmentOwner owner = new AttachmentOwner("unit", UUID.randomUUID().toString(), "community-1");

    {
        files.createIndexes();
    }

    @AfterAll
    static void close() {
        client.close();
    }

    @Test
    void aStoredFileReadsBackWholeAndIsStandardGridFs() throws Exception {
        byte[] content = SampleFiles.ofSize(SampleFiles.png(), 600 * 1024); // three chunks, the last one short
        StoredAttachment stored = attachments.store(owner, "photo", "../户型图.png", content.length,
                new ByteArrayInputStream(content), "staff-1");

        assertThat(stored.filename()).isEqualTo("户型图.png");
        assertThat(stored.contentType()).isEqualTo("image/png");
        assertThat(stored.size()).isEqualTo(content.length);
        assertThat(stored.sha256()).isEqualTo(SampleFiles.sha256(content));
        try (InputStream in = attachments.open(stored.id(), owner).content()) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        // MongoDB's own GridFS reader (the driver's bucket) reads what the store wrote
        ByteArrayOutputStream viaDriver = new ByteArrayOutputStream();
        GridFSBuckets.create(mongo.getDb(), "attachments").downloadToStream(new ObjectId(stored.id()), viaDriver);
        assertThat(viaDriver.toByteArray()).isEqualTo(content);
    }

    @Test
    void aFileLargerThanItsKindIsRefusedWhileStreamingAndLeavesNothing() {
        byte[] content = SampleFiles.ofSize(SampleFiles.jpeg(), 600 * 1024 + 1);
        long chunksBefore = chunks();

        assertThatThrownBy(() -> attachments.store(owner, "photo", "big.jpg", -1,
                new ByteArrayInputStream(content), "staff-1"))
                .isInstanceOf(AttachmentTooLargeException.class);
        assertThat(chunks()).as("the chunks written before the limit was hit are gone").isEqualTo(chunksBefore);
        assertThatThrownBy(() -> attachments.store(owner, "photo", "big.jpg", content.length,
                new ByteArrayInputStream(content), "staff-1"))
                .as("refused before reading when the size is announced").isInstanceOf(AttachmentTooLargeException.class);
    }

    @Test
    void theTypeComesFromTheContentAndTheKindMustExist() {
        assertThatThrownBy(() -> attachments.store(owner, "photo", "photo.png", -1,
                new ByteArrayInputStream(SampleFiles.text()), "staff-1"))
                .isInstanceOf(UnsupportedAttachmentTypeException.class);
        assertThatThrownBy(() -> attachments.store(owner, "photo", "scan.png", -1,
                new ByteArrayInputStream(SampleFiles.pdf()), "staff-1"))
                .isInstanceOf(UnsupportedAttachmentTypeException.class);
        assertThatThrownBy(() -> attachments.store(owner, "selfie", "me.png", -1,
                new ByteArrayInputStream(SampleFiles.png()), "staff-1"))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void aFileIsServedOnlyThroughItsOwner() throws Exception {
        StoredAttachment stored = attachments.store(owner, "photo", "a.png", -1,
                new ByteArrayInputStream(SampleFiles.png()), "staff-1");
        AttachmentOwner otherUnit = new AttachmentOwner("unit", "another-unit", "community-1");
        AttachmentOwner otherType = new AttachmentOwner("complaint", owner.id(), "community-1");

        assertThatThrownBy(() -> attachments.open(stored.id(), otherUnit)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> attachments.open(stored.id(), otherType)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> attachments.open("not-an-id", owner)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> attachments.open(new ObjectId().toHexString(), owner))
                .isInstanceOf(NotFoundException.class);
    }

    /** What the driver's own bucket does on the stand-in: it works, but reads and deletes chunks by range scans. */
    @Test
    void theDriversBucketAlsoWorksOnTheStandIn() {
        var bucket = GridFSBuckets.create(mongo.getDb(), "driver-bucket");
        byte[] content = SampleFiles.ofSize(SampleFiles.png(), 300 * 1024);
        ObjectId id = bucket.uploadFromStream("x.png", new ByteArrayInputStream(content));
        ByteArrayOutputStream back = new ByteArrayOutputStream();
        bucket.downloadToStream(id, back);
        assertThat(back.toByteArray()).isEqualTo(content);
        bucket.delete(id);
        assertThat(mongo.getCollection("driver-bucket.chunks").countDocuments(new Document("files_id", id))).isZero();
    }

    private long chunks() {
        return mongo.getCollection("attachments.chunks").countDocuments();
    }
}
