package com.estate.platform.attachment;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Files in GridFS's layout ({@code <bucket>.files} and {@code <bucket>.chunks}, chunks keyed by the unique
 * {@code files_id + n}), so the driver's {@code GridFSBucket} and MongoDB's tools read them, but written, read and
 * deleted one chunk at a time by that unique key (infra/ARCHITECTURE.md §12). The driver's bucket reads a file's
 * chunks with {@code n >= i} and deletes them with {@code deleteMany(files_id)}, filters the MongoDB stand-in
 * answers by reading every chunk of every file, because it uses a unique index only for an exact match on all its
 * fields. At most one chunk of a file is in memory at a time.
 */
class GridFsFiles {

    static final int CHUNK_SIZE = 255 * 1024; // GridFS's default

    private final MongoTemplate mongo;
    private final String bucket;

    GridFsFiles(MongoTemplate mongo, String bucket) {
        this.mongo = mongo;
        this.bucket = bucket;
    }

    /** The chunk key is what every read and delete goes by; the stand-in builds only unique indexes. */
    void createIndexes() {
        chunks().createIndex(Indexes.ascending("files_id", "n"), new IndexOptions().unique(true));
    }

    /** More bytes than allowed: the chunks written so far are already deleted. */
    static final class LimitExceededException extends RuntimeException {

        LimitExceededException() {
            super(null, null, false, false);
        }
    }

    /**
     * Stores the content as chunks of the file {@code id}, feeding every byte to {@code digest}. The file is not
     * visible until {@link #insertFile} writes its document.
     *
     * @return the number of bytes stored
     * @throws LimitExceededException as soon as the content exceeds {@code limit} bytes
     */
    long writeChunks(ObjectId id, InputStream content, long limit, MessageDigest digest) throws IOException {
        byte[] buffer = new byte[CHUNK_SIZE];
        long length = 0;
        int n = 0;
        try {
            while (true) {
                int filled = content.readNBytes(buffer, 0, CHUNK_SIZE);
                if (filled == 0) {
                    return length;
                }
                length += filled;
                if (length > limit) {
                    throw new LimitExceededException();
                }
                digest.update(buffer, 0, filled);
                chunks().insertOne(new Document("_id", new ObjectId()).append("files_id", id).append("n", n)
                        .append("data", new Binary(filled == CHUNK_SIZE ? buffer : Arrays.copyOf(buffer, filled))));
                n++;
                if (filled < CHUNK_SIZE) {
                    return length;
                }
            }
        } catch (IOException | RuntimeException e) {
            deleteChunks(id, n);
            throw e;
        }
    }

    void insertFile(Document file) {
        files().insertOne(file.append("chunkSize", CHUNK_SIZE));
    }

    Optional<Document> file(ObjectId id) {
        return Optional.ofNullable(files().find(new Document("_id", id)).first());
    }

    InputStream content(Document file) {
        return new ChunkStream(file.getObjectId("_id"), chunkCount(file));
    }

    /** Chunks first, then the file's document: a delete cut short is simply repeated. */
    void delete(Document file) {
        deleteChunks(file.getObjectId("_id"), chunkCount(file));
        files().deleteOne(new Document("_id", file.getObjectId("_id")));
    }

    private void deleteChunks(ObjectId id, int count) {
        for (int n = 0; n < count; n++) {
            chunks().deleteOne(chunkKey(id, n));
        }
    }

    private static int chunkCount(Document file) {
        long length = file.get("length", Number.class).longValue();
        int chunkSize = file.get("chunkSize", Number.class).intValue();
        return (int) ((length + chunkSize - 1) / chunkSize);
    }

    private static Document chunkKey(ObjectId id, int n) {
        return new Document("files_id", id).append("n", n);
    }

    private MongoCollection<Document> files() {
        return mongo.getCollection(bucket + ".files");
    }

    private MongoCollection<Document> chunks() {
        return mongo.getCollection(bucket + ".chunks");
    }

    /** Reads the chunks in order, each by its key, holding one at a time. */
    private final class ChunkStream extends InputStream {

        private final ObjectId id;
        private final int count;
        private int next;
        private byte[] chunk = new byte[0];
        private int position;

        ChunkStream(ObjectId id, int count) {
            this.id = id;
            this.count = count;
        }

        @Override
        public int read() throws IOException {
            return fill() ? chunk[position++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(length, chunk.length - position);
            System.arraycopy(chunk, position, target, offset, n);
            position += n;
            return n;
        }

        private boolean fill() throws IOException {
            while (position == chunk.length) {
                if (next == count) {
                    return false;
                }
                Document found = chunks().find(chunkKey(id, next)).first();
                if (found == null) {
                    throw new IOException("chunk " + next + " of file " + id + " is missing");
                }
                chunk = found.get("data", Binary.class).getData();
                position = 0;
                next++;
            }
            return true;
        }
    }
}
