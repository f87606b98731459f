package com.estate.billing.pdf;

import java.util.Objects;

/** One label and its value in a {@link Block.Fields} block (缴款人: 张三). */
public record Field(String label, String value) {

    public Field {
        Objects.requireNonNull(label, "label");
        value = value == null ? "" : value;
    }
}
