package com.estate.local;

import com.estate.contracts.applications.Applications;
import java.util.List;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.NewTopic;

/**
 * The suite's topics: those its applications publish on, as contracts/applications.tsv declares them, each with its
 * dead-letter twin. Created explicitly (auto topic creation is off) so a typo in a producer fails loudly instead of
 * silently creating a new topic.
 */
public final class Topics {

    public static final String RESIDENT_EVENTS = "resident.events";
    public static final String WORKORDER_EVENTS = "workorder.events";
    public static final String COMPLAINT_EVENTS = "complaint.events";
    public static final String BILLING_EVENTS = "billing.events";
    public static final String ACTIVITY_EVENTS = "activity.events";
    public static final String NOTIFICATION_REQUESTS = "notification.requests";

    public static final String DLT_SUFFIX = ".DLT";
    /** The dead-letter twin has as many partitions: the recoverer writes to the same partition number. */
    public static final int PARTITIONS = 3;
    public static final short REPLICATION_FACTOR = 1;

    /** The topics services publish to, without their dead-letter twins. */
    public static final List<String> EVENT_TOPICS = Applications.declared().topics();

    private Topics() {
    }

    public static String dlt(String topic) {
        return topic + DLT_SUFFIX;
    }

    /** Every topic name, each event topic followed by its dead-letter twin. */
    public static List<String> names() {
        return EVENT_TOPICS.stream().flatMap(t -> Stream.of(t, dlt(t))).toList();
    }

    public static List<NewTopic> newTopics() {
        return names().stream().map(n -> new NewTopic(n, PARTITIONS, REPLICATION_FACTOR)).toList();
    }
}
