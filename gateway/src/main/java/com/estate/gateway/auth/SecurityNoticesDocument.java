package com.estate.gateway.auth;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The notices an account's owner has not seen yet, newest last; keyed by the account id. */
@Document("security_notices")
record SecurityNoticesDocument(@Id String accountId, List<SecurityNotice> notices) {

    SecurityNoticesDocument {
        notices = notices == null ? List.of() : List.copyOf(notices);
    }
}
