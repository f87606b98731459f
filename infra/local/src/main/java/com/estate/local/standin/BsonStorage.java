package com.estate.local.standin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.Map;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * How the compact store writes a document: a tag byte, then the document as BSON (what the wire protocol carries
 * anyway), or, for a value BSON cannot hold, Java serialization (H2's default for every document, and many times
 * larger: each value carries its class descriptions). infra/ARCHITECTURE.md §28.
 */
final class BsonStorage {

    static final byte BSON = 1;
    static final byte SERIALIZED = 2;

    private BsonStorage() {
    }

    /** The document as BSON, or null when it holds something BSON cannot encode. */
    static byte[] bson(Map<String, ?> document) {
        ByteBuf buffer = Unpooled.buffer(256);
        try {
            BsonEncoder.encodeDocument(document, buffer);
            byte[] bytes = new byte[buffer.readableBytes()];
            buffer.readBytes(bytes);
            return bytes;
        } catch (RuntimeException notBson) {
            return null;
        } finally {
            buffer.release();
        }
    }

    static Document fromBson(byte[] bytes) {
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bytes));
    }

    static void writeTagged(WriteBuffer out, byte tag, byte[] bytes) {
        out.put(tag).putVarInt(bytes.length).put(bytes);
    }

    /** Reads what {@link #writeTagged} wrote: the tag and the bytes. */
    static byte[] readBytes(ByteBuffer in) {
        byte[] bytes = new byte[DataUtils.readVarInt(in)];
        in.get(bytes);
        return bytes;
    }

    static Object deserialize(byte[] bytes) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException("corrupt stored value", e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("stored value of an unknown class", e);
        }
    }

    /**
     * A rough size in memory, for H2's page cache accounting; walking the value is far cheaper than encoding it,
     * which is what H2's default does to estimate.
     */
    static int estimatedMemory(Object value) {
        return switch (value) {
            case null -> 8;
            case String s -> 48 + s.length();
            case Map<?, ?> map -> {
                int size = 64;
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    size += 40 + estimatedMemory(entry.getKey()) + estimatedMemory(entry.getValue());
                }
                yield size;
            }
            case Collection<?> list -> {
                int size = 48;
                for (Object element : list) {
                    size += 8 + estimatedMemory(element);
                }
                yield size;
            }
            case Iterable<?> values -> {
                int size = 48;
                for (Object element : values) {
                    size += 8 + estimatedMemory(element);
                }
                yield size;
            }
            case byte[] bytes -> 24 + bytes.length;
            default -> 32;
        };
    }
}
