package org.lodestone.io.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link ShortestDecimal} against Double.parseDouble (every text reads back as its double), against a
 * slow oracle that searches the decimals of each length with {@link BigDecimal}, and against JDK
 * 17's {@code Double.toString} (same text wherever that is the shortest and closest).
 */
class ShortestDecimalTest {

    private static final SplittableRandom RANDOM = new SplittableRandom(18);

    /** Expected texts are those of JDK 25's Double.toString (the JDK 19+ specification). */
    @Test
    void edgeCasesAreWrittenAsJavaSpecifiesSince19() {
        assertText(0.0, "0.0");
        assertText(-0.0, "-0.0");
        assertText(-1.0, "-1.0");
        assertText(0.1, "0.1");
        assertText(0.001, "0.001");
        assertText(1e-4, "1.0E-4");
        assertText(9.999999999999998E-4, "9.999999999999998E-4");
        assertText(1e7, "1.0E7");
        assertText(9999999.0, "9999999.0");
        assertText(9999999.999999998, "9999999.999999998");
        assertText(123.456, "123.456");
        assertText(100.0, "100.0");
        assertText(9.007199254740992E15, "9.007199254740992E15");
        assertText(4.0E16, "4.0E16");
        assertText(1e23, "1.0E23"); // JDK 17: 9.999999999999999E22
        assertText(2e23, "2.0E23"); // JDK 17: 1.9999999999999998E23
        assertText(Double.MIN_VALUE, "4.9E-324");
        assertText(2 * Double.MIN_VALUE, "9.9E-324"); // JDK 17: 1.0E-323, one digit but farther
        assertText(20 * Double.MIN_VALUE, "9.9E-323"); // JDK 17: 1.0E-322
        assertText(Double.MIN_NORMAL, "2.2250738585072014E-308");
        assertText(Math.nextDown(Double.MIN_NORMAL), "2.225073858507201E-308");
        assertText(Double.MAX_VALUE, "1.7976931348623157E308");
        assertText(2.9802322387695312E-8, "2.9802322387695312E-8");
        assertText(Double.NaN, "NaN");
        assertText(Double.POSITIVE_INFINITY, "Infinity");
        assertText(Double.NEGATIVE_INFINITY, "-Infinity");
    }

    /** From 10^-321 on: 10^-322 and 10^-323 read as 20 and 2 times the least subnormal, 9.9E-323 and 9.9E-324. */
    @Test
    void everyPowerOfTenIsOneDigit() {
        for (int e = -321; e <= 308; e++) {
            double v = Double.parseDouble("1e" + e);
            String expected =
                    e >= -3 && e < 7 ? BigDecimal.ONE.scaleByPowerOfTen(e).toPlainString() : "1.0E" + e;
            assertThat(ShortestDecimal.toString(v)).as("1e%d", e).isIn(expected, expected + ".0");
        }
    }

    @Test
    void everyTextReadsBackAsItsDouble() {
        for (int n = 0; n < 2_000_000; n++) {
            double v = n % 3 == 0 ? realistic() : Double.longBitsToDouble(RANDOM.nextLong());
            if (Double.isNaN(v)) {
                continue;
            }
            String text = ShortestDecimal.toString(v);
            assertThat(Double.doubleToRawLongBits(Double.parseDouble(text)))
                    .as("%s for bits %x", text, Double.doubleToRawLongBits(v))
                    .isEqualTo(Double.doubleToRawLongBits(v));
        }
    }

    @Test
    void theTextIsTheShortestAndClosestDecimal() {
        for (int n = 0; n < 12_000; n++) {
            double v = switch (n % 4) {
                case 0 -> realistic();
                case 1 -> Double.longBitsToDouble(RANDOM.nextLong(1, 1L << 53)); // subnormal and least normal
                case 2 -> Math.scalb(1.0, RANDOM.nextInt(-1074, 1024)); // a binade's least double
                default -> Double.longBitsToDouble(RANDOM.nextLong(1, 0x7ff0_0000_0000_0000L));
            };
            assertThat(new BigDecimal(ShortestDecimal.toString(v)))
                    .as("bits %x", Double.doubleToRawLongBits(v))
                    .isEqualByComparingTo(oracle(v));
        }
    }

    /** Where JDK 17 is right the texts agree; where it is not, ours has fewer digits (or two where one would do, closer). */
    @Test
    void agreesWithJdk17WhereJdk17IsShortestAndNeverHasMoreDigits() {
        for (int n = 0; n < 500_000; n++) {
            double v = n % 2 == 0 ? realistic() : Double.longBitsToDouble(RANDOM.nextLong());
            if (!Double.isFinite(v) || v == 0) {
                continue;
            }
            String ours = ShortestDecimal.toString(v);
            String jdk = Double.toString(v);
            if (new BigDecimal(jdk).compareTo(new BigDecimal(ours)) == 0) {
                assertThat(ours).isEqualTo(jdk);
            } else {
                assertThat(digits(ours))
                        .as("%s against JDK 17's %s", ours, jdk)
                        .isLessThanOrEqualTo(Math.max(digits(jdk), 2));
            }
        }
    }

    /** A value like those of a run: a uniform fraction times a power of ten from 10^-12 to 10^12, either sign. */
    private static double realistic() {
        double v = RANDOM.nextDouble() * Math.pow(10, RANDOM.nextInt(-12, 13));
        return RANDOM.nextBoolean() ? v : -v;
    }

    private static void assertText(double v, String expected) {
        assertThat(ShortestDecimal.toString(v)).isEqualTo(expected);
        if (Double.isFinite(v)) {
            byte[] text = new byte[3 + ShortestDecimal.MAX_TEXT];
            int end = ShortestDecimal.write(text, 3, v);
            assertThat(new String(text, 3, end - 3, StandardCharsets.US_ASCII)).isEqualTo(expected);
            assertThat(text).startsWith(0, 0, 0);
        }
    }

    @Test
    void nonFiniteValuesCannotBeWrittenAsBytes() {
        assertThatThrownBy(() -> ShortestDecimal.write(new byte[ShortestDecimal.MAX_TEXT], 0, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a finite number: NaN");
    }

    private static int digits(String text) {
        return new BigDecimal(text).stripTrailingZeros().precision();
    }

    /**
     * The specification searched directly: the least length p for which a p-digit decimal next to v
     * reads back as v; of the p-digit neighbours (two digits when one suffices) that do, the closer,
     * the even one on a tie.
     */
    private static BigDecimal oracle(double v) {
        BigDecimal exact = new BigDecimal(v);
        for (int p = 1; p <= 17; p++) {
            if (!readsBack(exact, p, RoundingMode.FLOOR, v) && !readsBack(exact, p, RoundingMode.CEILING, v)) {
                continue;
            }
            int length = Math.max(p, 2);
            BigDecimal below = exact.round(new MathContext(length, RoundingMode.FLOOR));
            BigDecimal above = exact.round(new MathContext(length, RoundingMode.CEILING));
            boolean belowIn = Double.parseDouble(below.toString()) == v;
            boolean aboveIn = Double.parseDouble(above.toString()) == v;
            if (belowIn != aboveIn) {
                return belowIn ? below : above;
            }
            return exact.round(new MathContext(length, RoundingMode.HALF_EVEN));
        }
        throw new AssertionError("17 digits always read back: " + v);
    }

    private static boolean readsBack(BigDecimal exact, int digits, RoundingMode mode, double v) {
        return Double.parseDouble(exact.round(new MathContext(digits, mode)).toString()) == v;
    }
}
