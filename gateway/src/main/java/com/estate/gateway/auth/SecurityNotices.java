package com.estate.gateway.auth;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import com.estate.gateway.security.ConditionalOnBuiltInIssuer;

import reactor.core.publisher.Mono;

/**
 * Keeps {@link SecurityNotice}s until the owner's next successful log-in hands them out, at most the latest
 * {@value #KEPT}: an attacker who keeps an account locked must not grow its document without end. Adding is one
 * upsert with {@code $push}, handing out one {@code findAndRemove}, so each notice is shown exactly once even when
 * the owner logs in twice at the same moment.
 */
@Component
@ConditionalOnBuiltInIssuer
class SecurityNotices {

    static final int KEPT = 10;

    private final ReactiveMongoTemplate mongo;

    SecurityNotices(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    Mono<Void> add(String accountId, SecurityNotice notice) {
        Query account = query(where("_id").is(accountId));
        Update push = new Update().push("notices").slice(-KEPT).each(notice);
        return mongo.upsert(account, push, SecurityNoticesDocument.class)
                // Two first notices racing to create the document: the loser adds to the winner's.
                .onErrorResume(DuplicateKeyException.class, raced -> mongo.updateFirst(account, push,
                        SecurityNoticesDocument.class))
                .then();
    }

    /** The notices not shown yet, oldest first; afterwards there are none. */
    Mono<List<SecurityNotice>> takeAll(String accountId) {
        return mongo.findAndRemove(query(where("_id").is(accountId)), SecurityNoticesDocument.class)
                .map(SecurityNoticesDocument::notices)
                .defaultIfEmpty(List.of());
    }
}
