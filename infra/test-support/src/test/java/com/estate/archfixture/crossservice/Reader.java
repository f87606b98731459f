package com.estate.archfixture.crossservice;

import com.estate.billing.archfixture.Account;

/** A service class using another service's class: breaks the rule. */
public class Reader {

    public String read(Account account) {
        return account.id();
    }
}
