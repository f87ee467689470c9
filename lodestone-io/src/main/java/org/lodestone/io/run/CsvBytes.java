package org.lodestone.io.run;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A step's CSV text built as bytes and written with one call: numbers go straight from the double
 * to ASCII ({@link ShortestDecimal}), names are encoded to UTF-8 once by the caller, so nothing is
 * made per number or per line and no characters pass through a charset encoder. Grows as needed;
 * not thread-safe (the trajectory writer's thread owns it).
 */
final class CsvBytes {

    private static final byte[] NAN = NumberText.nonFinite(Double.NaN).getBytes(StandardCharsets.US_ASCII);
    private static final byte[] INF =
            NumberText.nonFinite(Double.POSITIVE_INFINITY).getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MINUS_INF =
            NumberText.nonFinite(Double.NEGATIVE_INFINITY).getBytes(StandardCharsets.US_ASCII);

    private byte[] bytes = new byte[1 << 16];
    private int size;

    /** Appends already encoded text. */
    CsvBytes append(byte[] text) {
        room(text.length);
        System.arraycopy(text, 0, bytes, size, text.length);
        size += text.length;
        return this;
    }

    /** Appends an ASCII character ({@code ','}, {@code '\n'}). */
    CsvBytes append(char ascii) {
        room(1);
        bytes[size++] = (byte) ascii;
        return this;
    }

    /** Appends an integer in decimal. */
    CsvBytes append(int v) {
        room(11);
        if (v < 0) {
            bytes[size++] = '-';
        }
        long rest = Math.abs((long) v);
        int digits = 1;
        for (long p = 10; rest >= p; p *= 10) {
            digits++;
        }
        for (int i = size + digits - 1; i >= size; i--) {
            bytes[i] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
        size += digits;
        return this;
    }

    /** Appends {@link NumberText#shortest}'s text of v. */
    CsvBytes shortest(double v) {
        if (Double.isFinite(v)) {
            room(ShortestDecimal.MAX_TEXT);
            size = ShortestDecimal.write(bytes, size, v);
            return this;
        }
        return append(Double.isNaN(v) ? NAN : v > 0 ? INF : MINUS_INF);
    }

    /** Writes the text to {@code out} and empties this buffer. */
    void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, size);
        size = 0;
    }

    private void room(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
