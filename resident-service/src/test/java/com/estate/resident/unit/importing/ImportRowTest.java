package com.estate.resident.unit.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.estate.resident.unit.domain.UnitStatus;
import com.estate.resident.unit.domain.UnitUse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportRowTest {

    private static final ImportHeader TEMPLATE = ImportHeader.parse(
            Arrays.stream(ImportColumn.values()).map(ImportColumn::label).toList());

    private static ImportRow row(String... cells) {
        return ImportRow.parse(7, List.of(cells), TEMPLATE);
    }

    @Test
    void aGoodRowSpecifiesItsUnit() {
        ImportRow row = row("３号楼", "1", "-1", "B-01", "12.5", "车位", "2024/5/1", "未售");
        assertThat(row.valid()).isTrue();
        var spec = row.spec().orElseThrow();
        assertThat(spec.building()).isEqualTo("3号楼");
        assertThat(spec.floor()).isEqualTo(-1);
        assertThat(spec.floorArea().toPlainString()).isEqualTo("12.50");
        assertThat(spec.use()).isEqualTo(UnitUse.PARKING);
        assertThat(spec.handoverDate()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(spec.status()).isEqualTo(UnitStatus.UNSOLD);

        var minimal = row("3", "", "", "3-101", "89.50", "", "", "").spec().orElseThrow();
        assertThat(minimal.use()).isEqualTo(UnitUse.RESIDENTIAL);
        assertThat(minimal.status()).isEqualTo(UnitStatus.VACANT);
        assertThat(minimal.entrance()).isNull();
    }

    @Test
    void everyBadCellIsReportedWithItsColumnAndCode() {
        ImportRow row = row("", "1", "0", "123456789012345678901", "89.505", "别墅", "2024-02-30", "OCCUPIED");
        assertThat(row.valid()).isFalse();
        assertThat(row.errors()).extracting(RowError::row).containsOnly(7L);
        assertThat(row.errors()).extracting(e -> e.column() + ":" + e.code()).containsExactly(
                "building:required", "floor:floor-invalid", "unitNumber:too-long", "floorArea:floor-area-invalid",
                "use:use-unknown", "handoverDate:date-invalid", "status:status-managed");
        assertThat(row("3", "", "x", "1", "0", "", "", "ok").errors()).extracting(RowError::code)
                .containsExactly("floor-invalid", "floor-area-invalid", "status-unknown");
        assertThat(row("3", "", "", "1", "", "", "", "").errors()).extracting(RowError::code)
                .containsExactly("required");
    }

    @Test
    void cellsBeyondTheHeaderAreAnError() {
        assertThat(row("3", "", "", "1", "10", "", "", "", "extra").errors()).extracting(RowError::code)
                .containsExactly("column-count");
        assertThat(row("3", "", "", "1", "10", "", "", "", "").valid()).isTrue();
    }

    @Test
    void aHeaderNamesColumnsInEitherLanguageInAnyOrderAndMayLeaveOutTheOptionalOnes() {
        ImportHeader header = ImportHeader.parse(List.of("Floor area (m²)", "房号", "BUILDING"));
        var spec = ImportRow.parse(2, List.of("60", "2-202", "2"), header).spec().orElseThrow();
        assertThat(spec.unitNumber()).isEqualTo("2-202");
        assertThat(spec.building()).isEqualTo("2");

        assertThatThrownBy(() -> ImportHeader.parse(List.of("楼栋", "房号")))
                .isInstanceOf(ImportHeaderException.class)
                .extracting(e -> ((ImportHeaderException) e).code()).isEqualTo("import-header-missing-column");
        assertThatThrownBy(() -> ImportHeader.parse(List.of("楼栋", "房号", "面积")))
                .extracting(e -> ((ImportHeaderException) e).code()).isEqualTo("import-header-unknown-column");
        assertThatThrownBy(() -> ImportHeader.parse(List.of("楼栋", "Building", "房号", "建筑面积")))
                .extracting(e -> ((ImportHeaderException) e).code()).isEqualTo("import-header-duplicate-column");
    }

    @Test
    void theTemplateIsUtf8WithAByteOrderMarkAndItsHeaderIsAValidHeader() throws Exception {
        byte[] template = ImportTemplate.bytes();
        assertThat(template).startsWith(0xEF, 0xBB, 0xBF);
        try (CsvRows rows = CsvRows.open(new java.io.ByteArrayInputStream(template),
                java.nio.charset.StandardCharsets.UTF_8)) {
            List<String> header = rows.next();
            assertThat(header.getFirst()).isEqualTo("楼栋 Building");
            ImportHeader parsed = ImportHeader.parse(header);
            assertThat(ImportRow.parse(2, rows.next(), parsed).valid()).isTrue();
            assertThat(rows.next()).isNull();
        }
    }
}
