package com.estate.contracts.problems;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/** Says what a field expects in the caller's words ("a decimal number"), never with a Java class name. */
public final class ExpectedTypes {

    private ExpectedTypes() {
    }

    /** What a field of this type expects, in the given language; an enum lists its allowed values. */
    public static String describe(Class<?> type, Locale locale) {
        if (type != null && type.isEnum()) {
            return Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        return ProblemCatalog.message("problem.type." + kind(type), locale);
    }

    private static String kind(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type == BigDecimal.class || type == double.class || type == Double.class || type == float.class
                || type == Float.class) {
            return "decimal";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class || type == BigInteger.class) {
            return "integer";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "boolean";
        }
        if (type == String.class || type == char.class || type == Character.class) {
            return "text";
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
            return "date-time";
        }
        if (type == LocalDate.class) {
            return "date";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "list";
        }
        return "value";
    }
}
