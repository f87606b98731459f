package com.estate.activity.notification;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.estate.activity.notification.domain.InboxAddresses;
import com.estate.activity.notification.domain.InboxEntry;
import com.estate.activity.notification.persistence.InboxDocument;
import com.estate.activity.notification.persistence.InboxEntryDocument;
import com.estate.activity.notification.persistence.InboxIndex;
import com.estate.platform.problem.NotFoundException;
import com.estate.platform.security.Caller;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * A caller's notifications: those of every inbox the token makes theirs ({@link InboxAddresses}), read through the
 * inboxes' lists (one {@code _id} lookup per address) and the entries of one page by {@code _id}. An entry in no
 * inbox of the caller's answers 404, as if it did not exist.
 */
@Service
public class Inboxes {

    private static final Comparator<InboxDocument.Ref> NEWEST_FIRST = Comparator.comparing(InboxDocument.Ref::at)
            .thenComparing(InboxDocument.Ref::entryId).reversed();

    private final MongoTemplate mongo;
    private final InboxIndex index;
    private final Clock clock;

    Inboxes(MongoTemplate mongo, InboxIndex index, Clock clock) {
        this.mongo = mongo;
        this.index = index;
        this.clock = clock;
    }

    public Page<InboxEntry> page(Caller caller, Pageable pageable) {
        List<InboxDocument.Ref> refs = refs(caller);
        int from = (int) Math.min(pageable.getOffset(), refs.size());
        List<String> ids = refs.subList(from, Math.min(refs.size(), from + pageable.getPageSize())).stream()
                .map(InboxDocument.Ref::entryId).toList();
        Map<String, InboxEntryDocument> entries = ids.isEmpty() ? Map.of()
                : mongo.find(query(where("_id").in(ids)), InboxEntryDocument.class).stream()
                        .collect(Collectors.toMap(InboxEntryDocument::getId, Function.identity()));
        List<InboxEntry> content = ids.stream().map(entries::get).filter(Objects::nonNull)
                .map(InboxEntryDocument::toDomain).toList();
        return new PageImpl<>(content, pageable, refs.size());
    }

    public long unreadCount(Caller caller) {
        return index.of(InboxAddresses.of(caller)).stream().mapToLong(inbox -> {
            var read = inbox.getReadIds();
            return inbox.getEntries().stream().filter(ref -> !read.contains(ref.entryId())).count();
        }).sum();
    }

    public InboxEntry get(Caller caller, String id) {
        return visible(caller, id).toDomain();
    }

    /** Marks the entry read for its whole inbox (a household's entry, for everyone in it); again, nothing changes. */
    public InboxEntry markRead(Caller caller, String id) {
        InboxEntryDocument entry = visible(caller, id);
        // $min, not a read-then-set: of concurrent or repeated calls the first reading stays, by _id alone (§3)
        mongo.updateFirst(query(where("_id").is(id)), new Update().min("readAt", clock.instant()),
                InboxEntryDocument.class);
        // also when the entry was read already: a repeat completes a first attempt that stopped in between
        index.markRead(entry.getAddress(), id);
        return mongo.findById(id, InboxEntryDocument.class).toDomain();
    }

    private InboxEntryDocument visible(Caller caller, String id) {
        InboxEntryDocument entry = mongo.findById(id, InboxEntryDocument.class);
        if (entry == null || !InboxAddresses.of(caller).contains(entry.getAddress())) {
            throw new NotFoundException("notification", id);
        }
        return entry;
    }

    private List<InboxDocument.Ref> refs(Caller caller) {
        return index.of(InboxAddresses.of(caller)).stream().flatMap(inbox -> inbox.getEntries().stream())
                .sorted(NEWEST_FIRST).toList();
    }
}
