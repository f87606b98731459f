package com.estate.local.standin;

import java.util.List;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;

/**
 * mongo-java-server's H2 backend with a compact storage format (infra/ARCHITECTURE.md §28): documents stored as
 * BSON and index keys compared without serializing them. A store made by an earlier build (no format marker) keeps
 * H2's default format, which stays readable; {@link #markCompact} marks a new, empty store. The maps keep the names
 * the H2 backend gives them, so dropping and listing work unchanged.
 */
public final class CompactH2Backend extends H2Backend {

    /** The marker map of a store written in the compact format. */
    static final String FORMAT_MAP = "estate.storage-format";

    public CompactH2Backend(MVStore store) {
        super(store);
    }

    /** Marks a store that holds nothing yet as compact; answers whether the store is in the compact format. */
    public static boolean markCompact(MVStore store) {
        if (store.getMapNames().isEmpty()) {
            store.<String, String>openMap(FORMAT_MAP).put("format", "bson-1");
            store.commit();
        }
        return isCompact(store);
    }

    public static boolean isCompact(MVStore store) {
        return store.hasMap(FORMAT_MAP);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        // runs while H2Backend's constructor is still running: only what H2Backend has set may be used here
        return isCompact(getMvStore()) ? new CompactDatabase(databaseName) : super.openOrCreateDatabase(databaseName);
    }

    /**
     * An inner class on purpose: H2Database's constructor opens the existing collections and indexes through the
     * overridden methods below before a field of this class could be set, but the enclosing backend is reachable.
     */
    private final class CompactDatabase extends H2Database {

        CompactDatabase(String databaseName) {
            super(databaseName, CompactH2Backend.this.getMvStore(), CompactH2Backend.this.getCursorRegistry());
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            MVStore store = getMvStore();
            String namespace = getFullCollectionNamespace(collectionName);
            MVMap<Object, Document> documents = store.openMap("databases." + namespace,
                    new MVMap.Builder<Object, Document>().valueType(DocumentType.INSTANCE));
            MVMap<String, Object> meta = store.openMap("meta." + namespace);
            return new H2Collection(this, collectionName, options, documents, meta, cursorRegistry);
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                boolean sparse) {
            MVMap<KeyValue, Object> map = getMvStore().openMap(
                    getFullCollectionNamespace(collectionName) + "._index_" + indexName,
                    new MVMap.Builder<KeyValue, Object>().keyType(KeyValueType.INSTANCE));
            return new CompactUniqueIndex(map, indexName, keys, sparse);
        }
    }
}
