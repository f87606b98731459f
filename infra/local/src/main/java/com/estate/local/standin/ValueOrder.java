package com.estate.local.standin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import de.bwaldvogel.mongo.backend.KeyValue;

/**
 * A total order over the values a unique index of the stand-in holds, without serializing them: H2's default
 * order for a key that is not {@link Comparable} (a {@link KeyValue} is not) serializes both sides with Java
 * serialization on every comparison of a B-tree search (infra/ARCHITECTURE.md §28). A unique index needs only an
 * order that is total and says "equal" exactly when the two keys are the same value of the same type; it serves
 * no range scans, so the order itself carries no meaning. Values of different classes order by class name, so
 * {@code 1} (Integer) and {@code 1L} stay two keys, as they were.
 */
final class ValueOrder {

    private ValueOrder() {
    }

    static int compare(Object a, Object b) {
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? -1 : 1;
        }
        Class<?> type = a.getClass();
        if (type != b.getClass()) {
            return type.getName().compareTo(b.getClass().getName());
        }
        return switch (a) {
            case String s -> s.compareTo((String) b);
            case Double d -> Double.compare(d, (Double) b);
            case Float f -> Float.compare(f, (Float) b);
            case BigDecimal d -> {
                int byValue = d.compareTo((BigDecimal) b);
                yield byValue != 0 ? byValue : Integer.compare(d.scale(), ((BigDecimal) b).scale());
            }
            case KeyValue k -> compareSequences(k.iterator(), k.size(), ((KeyValue) b).iterator(), ((KeyValue) b).size());
            case Map<?, ?> m -> compareMaps(m, (Map<?, ?>) b);
            case List<?> l -> compareSequences(l.iterator(), l.size(), ((List<?>) b).iterator(), ((List<?>) b).size());
            case byte[] bytes -> Arrays.compare(bytes, (byte[]) b);
            default -> compareOther(a, b);
        };
    }

    private static int compareMaps(Map<?, ?> a, Map<?, ?> b) {
        int bySize = Integer.compare(a.size(), b.size());
        if (bySize != 0) {
            return bySize;
        }
        Iterator<? extends Map.Entry<?, ?>> left = a.entrySet().iterator();
        Iterator<? extends Map.Entry<?, ?>> right = b.entrySet().iterator();
        while (left.hasNext()) {
            Map.Entry<?, ?> x = left.next();
            Map.Entry<?, ?> y = right.next();
            int c = compare(x.getKey(), y.getKey());
            if (c == 0) {
                c = compare(x.getValue(), y.getValue());
            }
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static int compareSequences(Iterator<?> left, int leftSize, Iterator<?> right, int rightSize) {
        int bySize = Integer.compare(leftSize, rightSize);
        if (bySize != 0) {
            return bySize;
        }
        while (left.hasNext()) {
            int c = compare(left.next(), right.next());
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** Numbers, booleans, dates, ObjectIds order by their own order; anything else by its serialized form. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareOther(Object a, Object b) {
        if (a instanceof Comparable comparable && !(a instanceof Map)) {
            int c = comparable.compareTo(b);
            if (c != 0 || a.equals(b)) {
                return c;
            }
        } else if (a.equals(b)) {
            return 0;
        }
        return Arrays.compare(serialized(a), serialized(b));
    }

    static byte[] serialized(Object value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialize " + value.getClass().getName(), e);
        }
        return bytes.toByteArray();
    }
}
