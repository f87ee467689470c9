package org.lodestone.app.ensemble;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MillionsTest {

    @Test
    void aSmallLossIsNeverPrintedAsZero() {
        // USD 40,000 and 4,321 are 0.04 and 0.0043 million, not 0.0
        assertThat(Millions.text(40_000, 1)).isEqualTo("0.04");
        assertThat(Millions.text(4_321, 1)).isEqualTo("0.0043");
        assertThat(Millions.text(99_000, 2)).isEqualTo("0.099");
    }

    @Test
    void nothingLostIsZeroAndNoValueIsADash() {
        assertThat(Millions.text(0, 1)).isEqualTo("0");
        assertThat(Millions.text(Double.NaN, 1)).isEqualTo("-");
    }

    @Test
    void largerLossesKeepTheirDecimals() {
        assertThat(Millions.text(1_234_567, 1)).isEqualTo("1.2");
        assertThat(Millions.text(199_641_300_000.0, 1)).isEqualTo("199641.3");
        assertThat(Millions.text(150_000, 2)).isEqualTo("0.15");
    }
}
