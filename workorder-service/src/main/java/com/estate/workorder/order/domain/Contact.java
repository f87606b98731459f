package com.estate.workorder.order.domain;

/**
 * How to reach the requester about this order: a name and the phone, the phone only as the field encryptor's
 * ciphertext (infra/ARCHITECTURE.md §9), never in clear in the order, its events or logs.
 */
public record Contact(String name, String encryptedPhone) {
}
