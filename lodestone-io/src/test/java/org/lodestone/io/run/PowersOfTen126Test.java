package org.lodestone.io.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** The fixed-point logarithms against exact comparisons of powers, over every exponent a double needs. */
class PowersOfTen126Test {

    @Test
    void floorLog10Pow2IsExact() {
        for (int q = -1100; q <= 1100; q++) {
            int k = PowersOfTen126.floorLog10Pow2(q);
            assertThat(compare(BigInteger.ONE, q, k)).as("10^%d <= 2^%d", k, q).isGreaterThanOrEqualTo(0);
            assertThat(compare(BigInteger.ONE, q, k + 1))
                    .as("2^%d < 10^%d", q, k + 1)
                    .isNegative();
        }
    }

    @Test
    void floorLog10ThreeQuartersPow2IsExact() {
        BigInteger three = BigInteger.valueOf(3);
        for (int q = -1100; q <= 1100; q++) {
            int k = PowersOfTen126.floorLog10ThreeQuartersPow2(q);
            assertThat(compare(three, q - 2, k))
                    .as("10^%d <= 3 * 2^%d", k, q - 2)
                    .isGreaterThanOrEqualTo(0);
            assertThat(compare(three, q - 2, k + 1))
                    .as("3 * 2^%d < 10^%d", q - 2, k + 1)
                    .isNegative();
        }
    }

    @Test
    void floorLog2Pow10IsExact() {
        for (int e = -400; e <= 400; e++) {
            int m = PowersOfTen126.floorLog2Pow10(e);
            assertThat(compare(BigInteger.ONE, m, e)).as("2^%d <= 10^%d", m, e).isLessThanOrEqualTo(0);
            assertThat(compare(BigInteger.ONE, m + 1, e))
                    .as("10^%d < 2^%d", e, m + 1)
                    .isPositive();
        }
    }

    @Test
    void eachPowerIsA126BitOverApproximationSplitIntoTwoWords() {
        for (int k = PowersOfTen126.K_MIN; k <= PowersOfTen126.K_MAX; k++) {
            BigInteger g = PowersOfTen126.exact(k);
            assertThat(g.bitLength()).isEqualTo(126);
            int r = PowersOfTen126.floorLog2Pow10(-k) - 125;
            // g - 1 <= 10^-k / 2^r < g
            assertThat(compare(g.subtract(BigInteger.ONE), r, -k)).as("k %d", k).isLessThanOrEqualTo(0);
            assertThat(compare(g, r, -k)).as("k %d", k).isPositive();
            assertThat(BigInteger.valueOf(PowersOfTen126.high(k))
                            .shiftLeft(63)
                            .add(BigInteger.valueOf(PowersOfTen126.low(k))))
                    .isEqualTo(g);
        }
    }

    /** The sign of factor · 2^twos − 10^tens. */
    private static int compare(BigInteger factor, int twos, int tens) {
        BigInteger left = factor.shiftLeft(Math.max(twos, 0)).multiply(BigInteger.TEN.pow(Math.max(-tens, 0)));
        BigInteger right = BigInteger.TEN.pow(Math.max(tens, 0)).shiftLeft(Math.max(-twos, 0));
        return left.compareTo(right);
    }
}
