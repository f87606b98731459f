package com.estate.billing.receipt;

import com.estate.billing.receipt.domain.Receipt;
import com.estate.billing.receipt.persistence.ReceiptNumberDocument;
import com.estate.platform.persistence.Sequences;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Receipt numbers, gapless per community and year (infra/ARCHITECTURE.md §16, §21). A payment's number is drawn
 * once and kept under its receipt's id before the receipt is written, so a receipt issued again after a crash keeps
 * its number. Only a payment confirmed twice at the same instant could leave a gap, and a payment is confirmed once
 * (its own document's version decides), so in practice none is left.
 */
@Service
class ReceiptNumbers {

    private final MongoTemplate mongo;
    private final Sequences sequences;

    ReceiptNumbers(MongoTemplate mongo, Sequences sequences) {
        this.mongo = mongo;
        this.sequences = sequences;
    }

    static String scope(String communityId, int year) {
        return "receipt:" + communityId + ":" + year;
    }

    String numberFor(String receiptId, String communityId, int year) {
        ReceiptNumberDocument drawn = mongo.findById(receiptId, ReceiptNumberDocument.class);
        if (drawn != null) {
            return drawn.number();
        }
        String number = Receipt.number(year, sequences.next(scope(communityId, year)));
        try {
            mongo.insert(new ReceiptNumberDocument(receiptId, number));
            return number;
        } catch (DuplicateKeyException drawnMeanwhile) {
            return mongo.findById(receiptId, ReceiptNumberDocument.class).number();
        }
    }
}
