package com.estate.local.standin;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

class ValueOrderTest {

    private static final List<Object> VALUES = List.of("a", "b", "", 1, 2, 1L, 1.0, -0.0, 0.0, Double.NaN,
            new BigDecimal("1.0"), new BigDecimal("1.00"), true, false, Instant.EPOCH, Instant.ofEpochSecond(1),
            new ObjectId("65a1b2c3d4e5f60718293a4b"), new Document("x", 1), new Document("x", 2),
            new Document("x", 1).append("y", 1), List.of(1, 2), List.of(2, 1), new KeyValue("a", 1),
            new KeyValue("a", 2L));

    @Test
    void equalOnlyForTheSameValueOfTheSameType() {
        for (Object a : VALUES) {
            for (Object b : VALUES) {
                assertThat(ValueOrder.compare(a, b) == 0).as("%s (%s) vs %s (%s)", a, a.getClass(), b, b.getClass())
                        .isEqualTo(a == b);
            }
        }
        assertThat(ValueOrder.compare(new KeyValue("a", 1), new KeyValue("a", 1))).isZero();
        assertThat(ValueOrder.compare(new Document("x", List.of(1)), new Document("x", List.of(1)))).isZero();
    }

    @Test
    void aTotalOrder() {
        for (Object a : VALUES) {
            for (Object b : VALUES) {
                assertThat(Integer.signum(ValueOrder.compare(a, b))).isEqualTo(-Integer.signum(ValueOrder.compare(b, a)));
                for (Object c : VALUES) {
                    if (ValueOrder.compare(a, b) < 0 && ValueOrder.compare(b, c) < 0) {
                        assertThat(ValueOrder.compare(a, c)).as("%s < %s < %s", a, b, c).isNegative();
                    }
                }
            }
        }
    }

    @Test
    void nullBeforeEverything() {
        assertThat(ValueOrder.compare(null, "a")).isNegative();
        assertThat(ValueOrder.compare(new KeyValue((Object) null), new KeyValue("a"))).isNegative();
    }
}
