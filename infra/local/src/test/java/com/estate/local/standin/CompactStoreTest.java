package com.estate.local.standin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.bson.UuidRepresentation;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.estate.local.MongoStandIn;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

class CompactStoreTest {

    @TempDir
    Path dir;

    private static final Document EVERY_TYPE = new Document("_id", "every-type")
            .append("text", "物业费 ✓").append("int", 42).append("long", 9_000_000_000L).append("double", 2.5)
            .append("decimal", new Decimal128(new BigDecimal("295.00"))).append("yes", true)
            .append("when", new Date(1_764_547_200_000L)).append("oid", new ObjectId("65a1b2c3d4e5f60718293a4b"))
            .append("nested", new Document("a", List.of(1, "two", new Document("b", 3.0))))
            .append("none", null).append("bytes", new Binary(new byte[] {1, 2, 3}))
            .append("uuid", UUID.fromString("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"));

    @Test
    void everyBsonTypeComesBackAfterARestart() {
        try (MongoStandIn mongo = MongoStandIn.onDisk(dir, 0); MongoClient client = client(mongo)) {
            units(client).insertOne(EVERY_TYPE);
        }
        try (MongoStandIn mongo = MongoStandIn.onDisk(dir, 0); MongoClient client = client(mongo)) {
            Document back = units(client).find(Filters.eq("_id", "every-type")).first();
            assertThat(back).isEqualTo(EVERY_TYPE);
            assertThat(units(client).find(Filters.eq("nested.b", 3.0)).first()).isNull(); // b is inside an array
            assertThat(units(client).countDocuments(Filters.eq("text", "物业费 ✓"))).isEqualTo(1);
        }
    }

    @Test
    void uniqueIndexesFindAndGuardEveryKeyAfterARestart() {
        List<String> ids = new ArrayList<>();
        try (MongoStandIn mongo = MongoStandIn.onDisk(dir, 0); MongoClient client = client(mongo)) {
            MongoCollection<Document> units = units(client);
            units.createIndex(Indexes.ascending("communityId", "code"), new IndexOptions().unique(true));
            List<Document> batch = new ArrayList<>();
            for (int i = 0; i < 3_000; i++) {
                String id = UUID.randomUUID().toString();
                ids.add(id);
                batch.add(new Document("_id", id).append("communityId", "c-" + (i % 7)).append("code", i).append("n", i));
            }
            units.insertMany(batch);
            units.updateOne(Filters.eq("_id", ids.get(10)), Updates.set("n", -1));
            units.deleteOne(Filters.eq("_id", ids.get(11)));
        }
        try (MongoStandIn mongo = MongoStandIn.onDisk(dir, 0); MongoClient client = client(mongo)) {
            MongoCollection<Document> units = units(client);
            for (int i = 0; i < ids.size(); i += 97) {
                assertThat(units.find(Filters.eq("_id", ids.get(i))).first()).as("unit %s", i).isNotNull();
                assertThat(units.find(Filters.eq("_id", ids.get(i))).first().getInteger("code")).isEqualTo(i);
            }
            assertThat(units.find(Filters.eq("_id", ids.get(10))).first().getInteger("n")).isEqualTo(-1);
            assertThat(units.find(Filters.eq("_id", ids.get(11))).first()).isNull();
            assertThat(units.countDocuments()).isEqualTo(2_999);
            assertThatThrownBy(() -> units.insertOne(new Document("_id", ids.get(5)))).isInstanceOf(MongoWriteException.class)
                    .hasMessageContaining("duplicate key");
            assertThatThrownBy(() -> units.insertOne(new Document("_id", "new").append("communityId", "c-3").append("code", 3)))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            // an int and a long of the same number are the same key, as in MongoDB
            assertThatThrownBy(() -> units.insertOne(new Document("_id", "x").append("communityId", "c-0").append("code", 0L)))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            assertThat(units.find(Filters.and(Filters.eq("communityId", "c-3"), Filters.eq("code", 3))).first().get("_id"))
                    .isEqualTo(ids.get(3));
        }
    }

    @Test
    void aStoreInH2sDefaultFormatStaysReadable() {
        Path file = dir.resolve("estate.mv.db");
        MongoServer old = new MongoServer(new H2Backend(new MVStore.Builder().fileName(file.toString()).open()));
        old.bind("127.0.0.1", 0);
        try (MongoClient client = client("mongodb://127.0.0.1:" + old.getLocalAddress().getPort())) {
            units(client).insertOne(EVERY_TYPE);
        } finally {
            old.shutdownNow();
        }

        try (MongoStandIn mongo = MongoStandIn.onDisk(dir, 0); MongoClient client = client(mongo)) {
            assertThat(units(client).find(Filters.eq("_id", "every-type")).first()).isEqualTo(EVERY_TYPE);
            units(client).insertOne(new Document("_id", "later"));
            assertThat(units(client).countDocuments()).isEqualTo(2);
        }
        MVStore store = new MVStore.Builder().fileName(file.toString()).readOnly().open();
        try {
            assertThat(CompactH2Backend.isCompact(store)).isFalse();
        } finally {
            store.close();
        }
    }

    @Test
    void aNewStoreIsCompact() {
        try (MongoStandIn mongo = MongoStandIn.onDisk(dir, 0); MongoClient client = client(mongo)) {
            units(client).insertOne(new Document("_id", "u"));
        }
        MVStore store = new MVStore.Builder().fileName(dir.resolve("estate.mv.db").toString()).readOnly().open();
        try {
            assertThat(CompactH2Backend.isCompact(store)).isTrue();
        } finally {
            store.close();
        }
    }

    private static MongoClient client(MongoStandIn mongo) {
        return client(mongo.connectionString());
    }

    private static MongoClient client(String connectionString) {
        return MongoClients.create(MongoClientSettings.builder().applyConnectionString(new ConnectionString(connectionString))
                .uuidRepresentation(UuidRepresentation.STANDARD).build());
    }

    private static MongoCollection<Document> units(MongoClient client) {
        return client.getDatabase("resident").getCollection("units");
    }
}
