package org.lodestone.io.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CsvBytesTest {

    /** The trajectory writer's bytes are {@link NumberText#shortest}'s text, character for character, and grow past the first buffer. */
    @Test
    void numbersAreTheShortestTextOfAnyDouble() throws IOException {
        Random random = new Random(18);
        double[] special = {
            0.0,
            -0.0,
            1.0,
            1e23,
            2e-3,
            1e-5,
            1e7,
            Double.MIN_VALUE,
            Double.MAX_VALUE,
            Double.NaN,
            Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY
        };
        CsvBytes text = new CsvBytes();
        StringBuilder expected = new StringBuilder();
        for (int k = 0; k < 100_000 + special.length; k++) {
            double v = k < special.length ? special[k] : Double.longBitsToDouble(random.nextLong());
            text.shortest(v).append(',');
            expected.append(NumberText.shortest(v)).append(',');
        }
        assertThat(written(text)).isEqualTo(expected.toString()).contains(",nan,inf,-inf,");
    }

    @Test
    void integersNamesAndEmptyingOnWrite() throws IOException {
        CsvBytes text = new CsvBytes();
        text.append(0)
                .append(',')
                .append(-7)
                .append(',')
                .append(Integer.MIN_VALUE)
                .append(',')
                .append(Integer.MAX_VALUE);
        text.append(",Côte d'Ivoire".getBytes(StandardCharsets.UTF_8)).append('\n');
        assertThat(written(text)).isEqualTo("0,-7,-2147483648,2147483647,Côte d'Ivoire\n");
        assertThat(written(text)).isEmpty();
    }

    /** Every integer from -100,000 to 100,000 and at the ends of the range, as {@code Integer.toString} writes it. */
    @Test
    void integersAreJavasDecimalText() throws IOException {
        CsvBytes text = new CsvBytes();
        StringBuilder expected = new StringBuilder();
        int[] ends = {Integer.MIN_VALUE, Integer.MIN_VALUE + 1, Integer.MAX_VALUE - 1, Integer.MAX_VALUE};
        for (int k = -100_000; k <= 100_000 + ends.length; k++) {
            int v = k <= 100_000 ? k : ends[k - 100_001];
            text.append(v).append(',');
            expected.append(v).append(',');
        }
        assertThat(written(text)).isEqualTo(expected.toString());
    }

    private static String written(CsvBytes text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        text.writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
