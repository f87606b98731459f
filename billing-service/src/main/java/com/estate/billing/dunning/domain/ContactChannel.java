package com.estate.billing.dunning.domain;

/** How the household was contacted about its arrears. */
public enum ContactChannel {
    PHONE, SMS, EXPRESS_MAIL, HOME_VISIT, IN_PERSON
}
