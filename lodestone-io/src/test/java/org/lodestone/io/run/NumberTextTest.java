package org.lodestone.io.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberTextTest {

    @Test
    void seventeenSignificantDigitsLikeTheReferenceFiles() {
        assertThat(NumberText.seventeen(0.7)).isEqualTo("0.69999999999999996");
        assertThat(NumberText.seventeen(1.0)).isEqualTo("1");
        assertThat(NumberText.seventeen(1566)).isEqualTo("1566");
        assertThat(NumberText.seventeen(-6.4392935428259079e-15)).isEqualTo("-6.4392935428259079e-15");
        assertThat(NumberText.seventeen(0.005841032360795511)).isEqualTo("0.005841032360795511");
        assertThat(Double.parseDouble(NumberText.seventeen(Math.PI))).isEqualTo(Math.PI);
    }

    @Test
    void nonFiniteValues() {
        assertThat(NumberText.seventeen(Double.POSITIVE_INFINITY)).isEqualTo("inf");
        assertThat(NumberText.shortest(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
        assertThat(NumberText.shortest(Double.NaN)).isEqualTo("nan");
        assertThat(NumberText.seventeen(0.0)).isEqualTo("0");
    }
}
