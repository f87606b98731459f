package com.estate.platform.testapp;

import com.estate.platform.outbox.AggregateDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("samples")
public class Sample extends AggregateDocument {

    @Id
    public String id;

    @Indexed(unique = true)
    public String name;

    public SampleStatus status;

    public int applied;
}
