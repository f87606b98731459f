package com.estate.local;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/** Broker settings for a single KRaft node on a small machine (2 cores, a 512 MB heap shared with Mongo). */
final class KafkaSettings {

    static final int NODE_ID = 1;

    private KafkaSettings() {
    }

    static Properties of(Path logDir, int brokerPort, int controllerPort, Map<String, String> overrides) {
        Properties p = new Properties();
        // one process is both broker and its own single-voter controller quorum
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", String.valueOf(NODE_ID));
        // static voters (not --standalone): the voter endpoint is then config, not log, so the ports may change
        p.setProperty("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        p.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("log.dirs", logDir.toAbsolutePath().toString());

        // topics are created explicitly so a typo in a producer fails instead of inventing a topic
        p.setProperty("auto.create.topics.enable", "false");
        p.setProperty("num.partitions", String.valueOf(Topics.PARTITIONS));
        p.setProperty("default.replication.factor", "1");
        p.setProperty("min.insync.replicas", "1");
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("offsets.topic.num.partitions", "3");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("transaction.state.log.num.partitions", "3");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("share.coordinator.state.topic.num.partitions", "3");
        // consumers in tests and local runs join at once instead of waiting 3 s for more members
        p.setProperty("group.initial.rebalance.delay.ms", "0");

        // the default 128 MB dedupe buffer alone would exhaust a small heap at start
        p.setProperty("log.cleaner.dedupe.buffer.size", String.valueOf(4 * 1024 * 1024));
        p.setProperty("log.cleaner.threads", "1");
        p.setProperty("num.network.threads", "2");
        p.setProperty("num.io.threads", "4");
        p.setProperty("background.threads", "4");
        p.setProperty("num.recovery.threads.per.data.dir", "1");
        p.setProperty("num.replica.fetchers", "1");
        // smaller segments and indexes: dozens of mostly idle partitions should not map gigabytes
        p.setProperty("log.segment.bytes", String.valueOf(64 * 1024 * 1024));
        p.setProperty("log.index.size.max.bytes", String.valueOf(1024 * 1024));
        p.setProperty("metadata.log.segment.bytes", String.valueOf(16 * 1024 * 1024));

        overrides.forEach(p::setProperty);
        return p;
    }
}
