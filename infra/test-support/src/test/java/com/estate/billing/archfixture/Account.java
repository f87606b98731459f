package com.estate.billing.archfixture;

/** Stands for a class of another service (billing). */
public record Account(String id) {
}
