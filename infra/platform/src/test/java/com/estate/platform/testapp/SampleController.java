package com.estate.platform.testapp;

import com.estate.platform.concurrency.ConditionalSave;
import com.estate.platform.concurrency.Etags;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.events.IntegrationEventType;
import com.estate.platform.idempotency.IdempotentCommand;
import com.estate.platform.outbox.OutboxEvents;
import com.estate.platform.problem.NotFoundException;
import com.estate.platform.security.Caller;
import com.estate.platform.persistence.Pages;
import com.estate.platform.web.PageRequests;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SampleController {

    static final IntegrationEventType CREATED = new IntegrationEventType("com.estate.test.sample.created.v1",
            "activity.events");

    private final MongoTemplate mongo;
    private final OutboxEvents events;
    private final ConditionalSave conditionalSave;
    private final SampleExecutions executions;
    private final PageRequests pageRequests;

    SampleController(MongoTemplate mongo, OutboxEvents events, ConditionalSave conditionalSave,
            SampleExecutions executions, PageRequests pageRequests) {
        this.mongo = mongo;
        this.events = events;
        this.conditionalSave = conditionalSave;
        this.executions = executions;
        this.pageRequests = pageRequests;
    }

    @PostMapping("/api/samples")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('CS_AGENT')")
    Map<String, Object> create(@Valid @RequestBody SampleRequest request, Caller caller) {
        Sample sample = new Sample();
        sample.id = UUID.randomUUID().toString();
        sample.name = request.name();
        sample.status = request.status();
        sample.publish(events.create(CREATED, sample.id, "c-1", Map.of("sampleId", sample.id, "by", caller.subject())));
        mongo.insert(sample);
        return Map.of("id", sample.id);
    }

    /**
     * A command that creates a sample (and raises its event) and counts how often it really ran per name; with an
     * Idempotency-Key it runs once per key.
     */
    @PostMapping("/api/samples/commands")
    @IdempotentCommand
    @PreAuthorize("hasRole('CS_AGENT')")
    ResponseEntity<Map<String, Object>> command(@Valid @RequestBody SampleRequest request, Caller caller) {
        int run = executions.record(request.name());
        Sample sample = new Sample();
        sample.id = UUID.randomUUID().toString();
        sample.name = request.name() + "#" + run + "#" + sample.id;
        sample.status = request.status();
        sample.publish(events.create(CREATED, sample.id, "c-1", Map.of("sampleId", sample.id, "by", caller.subject())));
        mongo.insert(sample);
        return Etags.created(URI.create("/api/samples/" + sample.id), Map.of("id", sample.id, "run", run),
                sample.getRevision());
    }

    @GetMapping("/api/samples/{id}")
    ResponseEntity<Map<String, Object>> get(@PathVariable String id) {
        Sample sample = found(id);
        return Etags.ok(Map.of("id", sample.id, "name", sample.name, "version", sample.getVersion(),
                "pendingEvents", sample.getOutbox().size()), sample.getRevision());
    }

    /** Renames the sample if it is still at the revision the client read (If-Match). */
    @PatchMapping("/api/samples/{id}")
    ResponseEntity<Map<String, Object>> patch(@PathVariable String id, @RequestParam String name, IfMatch ifMatch) {
        Sample saved = conditionalSave.apply(() -> found(id), ifMatch, sample -> sample.name = name);
        return Etags.ok(Map.of("id", saved.id, "name", saved.name), saved.getRevision());
    }

    private Sample found(String id) {
        Sample sample = mongo.findById(id, Sample.class);
        if (sample == null) {
            throw new NotFoundException("sample", id);
        }
        return sample;
    }

    /** Renames with the version the client read: a stale version is a conflict. */
    @PutMapping("/api/samples/{id}")
    Map<String, Object> rename(@PathVariable String id, @RequestParam long version, @RequestParam String name) {
        Sample sample = found(id);
        sample.setVersion(version);
        sample.name = name;
        mongo.save(sample);
        return Map.of("id", sample.id, "name", sample.name);
    }

    @GetMapping("/api/samples")
    Map<String, Object> byQuantity(@RequestParam int quantity) {
        return Map.of("quantity", quantity);
    }

    /** One page of samples by name, paged as every list endpoint is. */
    @GetMapping("/api/samples/pages")
    Map<String, Object> page(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        Page<Sample> found = Pages.find(mongo, new Criteria(), pageRequests.of(page, size, Sort.by("name")),
                Sample.class);
        return Map.of("page", found.getNumber(), "items", found.getNumberOfElements());
    }

    /** Who the token says the caller is; FINANCE only, so role mapping is exercised too. */
    @GetMapping("/api/samples/whoami")
    @PreAuthorize("hasRole('FINANCE')")
    Map<String, Object> whoami(Caller caller) {
        return Map.of("subject", caller.subject(), "roles", caller.roles(), "communities", caller.communities());
    }

    @GetMapping("/api/samples/boom")
    Map<String, Object> boom() {
        throw new IllegalStateException("internal detail that must not leak");
    }
}
