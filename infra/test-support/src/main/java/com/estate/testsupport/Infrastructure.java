package com.estate.testsupport;

/** One running Kafka + MongoDB pair, whichever way it was started. */
interface Infrastructure extends AutoCloseable {

    String kafkaBootstrapServers();

    String mongoUri();

    boolean usesContainers();

    @Override
    void close();
}
