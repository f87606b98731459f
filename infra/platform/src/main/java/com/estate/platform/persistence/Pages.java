package com.estate.platform.persistence;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;

/** One page of documents matching criteria (usually a {@code CallerScope} plus filters). */
public final class Pages {

    private Pages() {
    }

    public static <T> Page<T> find(MongoTemplate mongo, Criteria criteria, Pageable pageable, Class<T> type) {
        List<T> content = mongo.find(Query.query(criteria).with(pageable), type);
        return PageableExecutionUtils.getPage(content, pageable, () -> mongo.count(Query.query(criteria), type));
    }
}
