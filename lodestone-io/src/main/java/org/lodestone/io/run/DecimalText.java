package org.lodestone.io.run;

/**
 * Writes a decimal f · 10^e as ASCII in the layout of Java's {@code Double.toString}: plain from
 * 10^-3 up to 10^7 ({@code 0.001}, {@code 123.456}, {@code 100.0}), else one digit, a point and
 * the rest ({@code 1.0E7}, {@code 2.5E-4}); at least one digit after the point. {@link
 * ShortestDecimal} hands it the digits. The digits go two at a time from a table, the lower ones 8
 * at a time as two independent 4-digit halves, so the divisions do not form one long chain.
 */
final class DecimalText {

    private static final long[] POW10 = powersOfTen();
    /** "00", "01", ..., "99" in a row. */
    private static final byte[] PAIRS = pairs();

    private DecimalText() {}

    /** Writes f · 10^e (f > 0) into text from at; returns the end. */
    static int write(byte[] text, int at, long f, int e) {
        while (f % 10 == 0) {
            f /= 10;
            e++;
        }
        int n = digitCount(f);
        int point = e + n; // v = 0.d1...dn · 10^point
        if (0 < point && point <= 7) {
            if (n <= point) {
                int i = zeros(text, digits(text, at, f, n), point - n);
                text[i] = '.';
                text[i + 1] = '0';
                return i + 2;
            }
            return withPoint(text, at, f, n, point);
        }
        if (-3 < point && point <= 0) {
            text[at] = '0';
            text[at + 1] = '.';
            return digits(text, zeros(text, at + 2, -point), f, n);
        }
        int i = n > 1 ? withPoint(text, at, f, n, 1) : withPoint(text, at, f * 10, 2, 1);
        return exponent(text, i, point - 1);
    }

    /** Writes the n digits of f with a point after the first {@code point} of them (0 < point < n). */
    private static int withPoint(byte[] text, int at, long f, int n, int point) {
        int end = digits(text, at + 1, f, n);
        for (int i = at; i < at + point; i++) {
            text[i] = text[i + 1];
        }
        text[at + point] = '.';
        return end;
    }

    private static int exponent(byte[] text, int at, int e) {
        int i = at;
        text[i++] = 'E';
        int magnitude = e;
        if (e < 0) {
            text[i++] = '-';
            magnitude = -e;
        }
        int n = magnitude >= 100 ? 3 : magnitude >= 10 ? 2 : 1;
        return digits(text, i, magnitude, n);
    }

    private static int digitCount(long f) {
        int n = PowersOfTen126.floorLog10Pow2(64 - Long.numberOfLeadingZeros(f));
        return f >= POW10[n] ? n + 1 : n;
    }

    /**
     * Writes exactly n digits of f (f < 10^n), leading zeros included: the lower ones 8 at a time,
     * each 8 as two independent 4-digit halves, each a pair of table lookups.
     */
    private static int digits(byte[] text, int at, long f, int n) {
        int i = at + n;
        long rest = f;
        while (i - at >= 8) {
            long upper = rest / 100_000_000;
            int eight = (int) (rest - upper * 100_000_000);
            int high = eight / 10_000;
            i -= 8;
            fourDigits(text, i, high);
            fourDigits(text, i + 4, eight - high * 10_000);
            rest = upper;
        }
        int last = (int) rest;
        while (i - at >= 2) {
            int upper = last / 100;
            int pair = (last - upper * 100) << 1;
            text[--i] = PAIRS[pair + 1];
            text[--i] = PAIRS[pair];
            last = upper;
        }
        if (i > at) {
            text[at] = (byte) ('0' + last);
        }
        return at + n;
    }

    private static void fourDigits(byte[] text, int at, int v) {
        int high = v / 100;
        int low = (v - high * 100) << 1;
        high <<= 1;
        text[at] = PAIRS[high];
        text[at + 1] = PAIRS[high + 1];
        text[at + 2] = PAIRS[low];
        text[at + 3] = PAIRS[low + 1];
    }

    private static int zeros(byte[] text, int at, int n) {
        for (int i = 0; i < n; i++) {
            text[at + i] = '0';
        }
        return at + n;
    }

    private static byte[] pairs() {
        byte[] p = new byte[200];
        for (int i = 0; i < 100; i++) {
            p[2 * i] = (byte) ('0' + i / 10);
            p[2 * i + 1] = (byte) ('0' + i % 10);
        }
        return p;
    }

    private static long[] powersOfTen() {
        long[] p = new long[19];
        p[0] = 1;
        for (int i = 1; i < p.length; i++) {
            p[i] = p[i - 1] * 10;
        }
        return p;
    }
}
