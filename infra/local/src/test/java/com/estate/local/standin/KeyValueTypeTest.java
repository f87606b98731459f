package com.estate.local.standin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;

class KeyValueTypeTest {

    @Test
    void everyKeyReadsBackAsTheSameKeyOfTheSameTypes() {
        List<KeyValue> keys = List.of(new KeyValue("bill-acct-1-2026-12"), new KeyValue("物业", 3, 4L, 2.5, true, false),
                new KeyValue((Object) null), new KeyValue("", Integer.MIN_VALUE, Long.MAX_VALUE, -0.0),
                new KeyValue(Instant.EPOCH, "x"), new KeyValue(new Document("a", 1)), new KeyValue(List.of(1, "2")));
        for (KeyValue key : keys) {
            WriteBuffer out = new WriteBuffer();
            KeyValueType.INSTANCE.write(out, key);
            KeyValue back = KeyValueType.INSTANCE.read(out.getBuffer().flip());
            assertThat(back).isEqualTo(key);
            assertThat(ValueOrder.compare(back, key)).isZero();
            for (int i = 0; i < key.size(); i++) {
                assertThat(back.get(i) == null ? null : back.get(i).getClass())
                        .isEqualTo(key.get(i) == null ? null : key.get(i).getClass());
            }
        }
    }
}
