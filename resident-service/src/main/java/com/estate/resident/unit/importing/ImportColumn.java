package com.estate.resident.unit.importing;

import com.estate.platform.core.text.TypedIdentifiers;
import java.util.Locale;

/**
 * The columns of a unit import file. A header cell names a column by its template label ({@code 楼栋 Building}), its
 * Chinese or its English part alone, or its key, in any case, with full-width forms folded; columns may come in any
 * order, and the optional ones may be left out.
 */
public enum ImportColumn {
    BUILDING("building", "楼栋", "Building", true),
    ENTRANCE("entrance", "单元", "Entrance", false),
    FLOOR("floor", "楼层", "Floor", false),
    UNIT_NUMBER("unitNumber", "房号", "Room number", true),
    FLOOR_AREA("floorArea", "建筑面积", "Floor area (m²)", true),
    USE("use", "用途", "Use", false),
    HANDOVER_DATE("handoverDate", "交付日期", "Handover date", false),
    STATUS("status", "状态", "Status", false);

    private final String key;
    private final String chinese;
    private final String english;
    private final boolean required;

    ImportColumn(String key, String chinese, String english, boolean required) {
        this.key = key;
        this.chinese = chinese;
        this.english = english;
        this.required = required;
    }

    /** The name row errors use for the column: the field name of the unit's JSON. */
    public String key() {
        return key;
    }

    public boolean required() {
        return required;
    }

    /** The template's header cell: Chinese, then English. */
    public String label() {
        return chinese + " " + english;
    }

    /** Whether a header cell names this column. */
    boolean isNamedBy(String cell) {
        String name = comparable(cell);
        return name.equals(comparable(label())) || name.equals(comparable(chinese)) || name.equals(comparable(english))
                || name.equals(comparable(key));
    }

    private static String comparable(String text) {
        return TypedIdentifiers.normalize(text).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
