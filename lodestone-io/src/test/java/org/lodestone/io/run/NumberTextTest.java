package org.lodestone.io.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
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

    /** The trajectory writer appends without a String; its text must be {@link NumberText#shortest}'s, character for character. */
    @Test
    void appendingGivesTheShortestTextOfAnyDouble() {
        Random random = new Random(18);
        double[] special = {
            0.0,
            -0.0,
            1.0,
            1e23,
            2e-3,
            1e-5,
            1e7,
            9.999999999999999e22,
            Double.MIN_VALUE,
            Double.MAX_VALUE,
            Double.NaN,
            Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY
        };
        for (int k = 0; k < 100_000 + special.length; k++) {
            double v = k < special.length ? special[k] : Double.longBitsToDouble(random.nextLong());
            StringBuilder out = new StringBuilder("x");
            NumberText.appendShortest(out, v);
            assertThat(out.toString())
                    .as("bits %x", Double.doubleToRawLongBits(v))
                    .isEqualTo("x" + NumberText.shortest(v));
        }
    }
}
