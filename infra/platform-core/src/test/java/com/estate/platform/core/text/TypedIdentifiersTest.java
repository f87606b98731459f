package com.estate.platform.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypedIdentifiersTest {

    @Test
    void fullWidthFormsAndIdeographicSpacesFoldToTheirPlainForm() {
        assertThat(TypedIdentifiers.normalize("\u3000３号楼－１２０１ ")).isEqualTo("3号楼-1201");
        assertThat(TypedIdentifiers.normalize("Ａｄｍｉｎ")).isEqualTo("Admin");
    }

    @Test
    void compatibilityCharactersAndDecomposedAccentsCompareEqual() {
        assertThat(TypedIdentifiers.normalize("①")).isEqualTo("1");
        assertThat(TypedIdentifiers.normalize("e\u0301")).isEqualTo(TypedIdentifiers.normalize("\u00e9"));
    }

    @Test
    void keepsCaseAndChineseAndLeavesNullAlone() {
        assertThat(TypedIdentifiers.normalize("  B座 ")).isEqualTo("B座");
        assertThat(TypedIdentifiers.normalize("\u3000\u3000")).isEmpty();
        assertThat(TypedIdentifiers.normalize(null)).isNull();
    }
}
