package com.estate.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;

class MongoStandInTest {

    @TempDir
    Path dir;

    @Test
    void aDocumentSurvivesARestartOnTheSameDirectory() {
        try (MongoStandIn mongo = MongoStandIn.onDisk(dir, 0); MongoClient client = MongoClients.create(mongo.connectionString())) {
            client.getDatabase("resident").getCollection("units").insertOne(new Document("_id", "unit-1").append("floor", 3));
        }

        try (MongoStandIn mongo = MongoStandIn.onDisk(dir, 0); MongoClient client = MongoClients.create(mongo.connectionString())) {
            Document unit = client.getDatabase("resident").getCollection("units").find(Filters.eq("_id", "unit-1")).first();
            assertThat(unit).isNotNull();
            assertThat(unit.getInteger("floor")).isEqualTo(3);
        }
    }

    @Test
    void inMemoryStandInListensOnAFreeLoopbackPort() {
        try (MongoStandIn mongo = MongoStandIn.inMemory(0); MongoClient client = MongoClients.create(mongo.connectionString())) {
            assertThat(mongo.connectionString()).isEqualTo("mongodb://127.0.0.1:" + mongo.port());
            client.getDatabase("t").getCollection("c").insertOne(new Document("_id", 1));
            assertThat(client.getDatabase("t").getCollection("c").countDocuments()).isEqualTo(1);
        }
    }

    @Test
    void closingTwiceIsHarmless() {
        MongoStandIn mongo = MongoStandIn.inMemory(0);
        mongo.close();
        mongo.close();
    }
}
