package org.lodestone.io.mrio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast decimal parser against {@link Double#parseDouble}, the oracle, on many forms of numbers. */
class DecimalTextTest {

    private static double parse(String text) {
        return DecimalText.parse(text, 0, text.length());
    }

    private static void assertSameAsJdk(String text) {
        assertThat(Double.doubleToRawLongBits(parse(text)))
                .as(text)
                .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(text)));
    }

    @Test
    void agreesWithTheJdkOnRandomNumbersInEveryCommonForm() {
        Random random = new Random(42);
        for (int k = 0; k < 50_000; k++) {
            double value = Double.longBitsToDouble(random.nextLong());
            double plain = Math.scalb(random.nextDouble(), random.nextInt(80) - 40);
            if (Double.isFinite(value)) {
                assertSameAsJdk(Double.toString(value));
            }
            assertSameAsJdk(Double.toString(plain));
            assertSameAsJdk(String.format(Locale.ROOT, "%.12g", plain));
            assertSameAsJdk(String.format(Locale.ROOT, "%.17g", plain));
            assertSameAsJdk(String.format(Locale.ROOT, "%." + random.nextInt(10) + "f", plain * 1e6));
            assertSameAsJdk(Long.toString(random.nextLong() >> random.nextInt(64)));
        }
    }

    @Test
    void agreesWithTheJdkOnEdgeCases() {
        for (String text : new String[] {
            "0",
            "-0",
            "+0",
            "0.0",
            "-0.0",
            ".5",
            "5.",
            "007",
            "1e22",
            "1e23",
            "9007199254740992",
            "9007199254740993",
            "123456789012345678",
            "1234567890123456789",
            "0.000000000000000000001",
            "1e-400",
            "4.9e-324",
            "1.7976931348623157e308",
            "2.2250738585072014E-308",
            "1E+05",
            "1e0",
            "123.456e-7"
        }) {
            assertSameAsJdk(text);
        }
    }

    @Test
    void rejectsWhatIsNotAPlainDecimalNumber() {
        for (String text : new String[] {
            "",
            " ",
            ".",
            "-",
            "+",
            "e5",
            "1e",
            "1e+",
            "1..2",
            "1.2.3",
            "NaN",
            "Infinity",
            "0x10",
            "1d",
            "1f",
            "1,5",
            "1 2",
            "--1",
            "abc"
        }) {
            assertThat(parse(text)).as("'%s'", text).isNaN();
        }
        assertThat(parse("1e400")).isInfinite();
    }

    @Test
    void spacesAroundANumberAndAFieldInsideALineAreRead() {
        assertThat(parse(" 12.5 ")).isEqualTo(12.5);
        assertThat(DecimalText.parse("1,-2.5,3", 2, 6)).isEqualTo(-2.5);
    }

    @Test
    void writesIntegersPlainlyAndOtherValuesAsDoubleToString() {
        StringBuilder text = new StringBuilder();
        for (double value : new double[] {202, -7, 0, -0.0, 0.1, 1e-5, 9007199254740992.0, 1e300}) {
            DecimalText.append(text, value);
            text.append(' ');
        }
        assertThat(text).hasToString("202 -7 0 -0.0 0.1 1.0E-5 9.007199254740992E15 1.0E300 ");
    }
}
