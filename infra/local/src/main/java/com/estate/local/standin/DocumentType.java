package com.estate.local.standin;

import java.nio.ByteBuffer;

import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

import de.bwaldvogel.mongo.bson.Document;

/** The stored documents of a collection of the compact store, as BSON (infra/ARCHITECTURE.md §28). */
final class DocumentType extends BasicDataType<Document> {

    static final DocumentType INSTANCE = new DocumentType();

    @Override
    public int getMemory(Document document) {
        return BsonStorage.estimatedMemory(document);
    }

    @Override
    public void write(WriteBuffer out, Document document) {
        byte[] bson = BsonStorage.bson(document);
        if (bson != null) {
            BsonStorage.writeTagged(out, BsonStorage.BSON, bson);
        } else {
            BsonStorage.writeTagged(out, BsonStorage.SERIALIZED, ValueOrder.serialized(document));
        }
    }

    @Override
    public Document read(ByteBuffer in) {
        byte tag = in.get();
        byte[] bytes = BsonStorage.readBytes(in);
        return tag == BsonStorage.BSON ? BsonStorage.fromBson(bytes) : (Document) BsonStorage.deserialize(bytes);
    }

    @Override
    public int compare(Document a, Document b) {
        return ValueOrder.compare(a, b);
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }
}
