package com.estate.billing.receipt.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The number drawn for a payment's receipt, kept under the receipt's id so a retried issue keeps it. */
@Document("receipt_numbers")
public record ReceiptNumberDocument(@Id String receiptId, String number) {
}
