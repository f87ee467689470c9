package org.lodestone.io.run;

/**
 * Writes a double as the shortest decimal that reads back as the same double, in the text of
 * {@code Double.toString} from JDK 19 on ({@code 0.001}, {@code 123.456}, {@code 9999999.0}, {@code
 * 1.0E7}, {@code 2.0E23}, {@code 4.9E-324}): of all the decimals that round to the double, those
 * with the fewest digits (one or two digits if one digit suffices), and of those the closest to it,
 * the even one on a tie. JDK 17's {@code Double.toString} writes more digits than needed for some
 * doubles ({@code 1.9999999999999998E23} for 2 × 10²³) and is four to five times slower; see
 * docs/benchmarks.md.
 *
 * <p>Method: Schubfach (R. Giulietti, "The Schubfach way to render doubles", 2020). With the double
 * v = c · 2^q and k = floor(log10 2^q), v · 10^-k and the ends of v's rounding interval (at a quarter
 * unit of precision) are computed from one 126-bit approximation of 10^-k ({@link PowersOfTen126})
 * with round-to-odd, which the paper proves is exact enough to decide, in integers, whether a
 * multiple of 10 lies in the interval (then the result is one digit shorter) and else which of the
 * two neighbours of v · 10^-k does, or which is closer. Constant time: three 64 × 64-bit products per
 * number and no division but the digits' own. Integers below 2^53 are written directly.
 */
public final class ShortestDecimal {

    private static final int Q_MIN = -1074;
    private static final long C_MIN = 1L << 52;
    private static final long FRACTION_BITS = C_MIN - 1;
    /** Subnormal significands below this get one more decimal digit of precision (dk = -1), so 4.9E-324 comes out, not 5.0E-324. */
    private static final long C_TINY = 3;

    private static final long MASK_63 = (1L << 63) - 1;
    private static final long[] POW10 = powersOfTen();

    private ShortestDecimal() {}

    /** The text {@link #append} writes. */
    public static String toString(double v) {
        StringBuilder out = new StringBuilder(24);
        append(out, v);
        return out.toString();
    }

    /** Appends v's shortest decimal; {@code NaN}, {@code Infinity}, {@code -Infinity}, {@code -0.0} as Java writes them. */
    public static void append(StringBuilder out, double v) {
        long bits = Double.doubleToRawLongBits(v);
        long t = bits & FRACTION_BITS;
        int biasedExponent = (int) (bits >>> 52) & 0x7ff;
        if (biasedExponent == 0x7ff) {
            out.append(t != 0 ? "NaN" : bits < 0 ? "-Infinity" : "Infinity");
            return;
        }
        if (bits < 0) {
            out.append('-');
        }
        if (biasedExponent != 0) {
            int minusQ = 1075 - biasedExponent;
            long c = C_MIN | t;
            if (0 < minusQ && minusQ < 53 && (c >> minusQ) << minusQ == c) {
                write(out, c >> minusQ, 0);
            } else {
                toDecimal(out, -minusQ, c, 0);
            }
        } else if (t != 0) {
            if (t < C_TINY) {
                toDecimal(out, Q_MIN, 10 * t, -1);
            } else {
                toDecimal(out, Q_MIN, t, 0);
            }
        } else {
            out.append("0.0");
        }
    }

    /** v = c · 2^q; writes the shortest decimal of v, with dk = -1 when c was multiplied by 10. */
    private static void toDecimal(StringBuilder out, int q, long c, int dk) {
        long odd = c & 1;
        long cb = c << 2;
        long cbr = cb + 2;
        long cbl;
        int k;
        if (c != C_MIN || q == Q_MIN) {
            cbl = cb - 2;
            k = PowersOfTen126.floorLog10Pow2(q);
        } else {
            cbl = cb - 1; // the binade's least double: its lower neighbour is half as far
            k = PowersOfTen126.floorLog10ThreeQuartersPow2(q);
        }
        int h = q + PowersOfTen126.floorLog2Pow10(-k) + 2;
        long g1 = PowersOfTen126.high(k);
        long g0 = PowersOfTen126.low(k);
        long vb = roundToOdd(g1, g0, cb << h);
        long vbl = roundToOdd(g1, g0, cbl << h);
        long vbr = roundToOdd(g1, g0, cbr << h);
        long s = vb >> 2;
        if (s >= 100) {
            long sp10 = s / 10 * 10;
            long tp10 = sp10 + 10;
            boolean lowerIn = vbl + odd <= sp10 << 2;
            boolean upperIn = (tp10 << 2) + odd <= vbr;
            if (lowerIn != upperIn) {
                write(out, lowerIn ? sp10 : tp10, k + dk);
                return;
            }
        }
        long u = s + 1;
        boolean lowerIn = vbl + odd <= s << 2;
        boolean upperIn = (u << 2) + odd <= vbr;
        if (lowerIn != upperIn) {
            write(out, lowerIn ? s : u, k + dk);
            return;
        }
        long fromMidpoint = vb - ((s + u) << 1);
        write(out, fromMidpoint < 0 || fromMidpoint == 0 && (s & 1) == 0 ? s : u, k + dk);
    }

    /** floor(g · cp / 2^127) with its lowest bit set when the quotient is inexact; g = g1 · 2^63 + g0. */
    private static long roundToOdd(long g1, long g0, long cp) {
        long x1 = Math.multiplyHigh(g0, cp);
        long y0 = g1 * cp;
        long y1 = Math.multiplyHigh(g1, cp);
        long z = (y0 >>> 1) + x1;
        long floor = y1 + (z >>> 63);
        return floor | ((z & MASK_63) + MASK_63) >>> 63;
    }

    /** Writes f · 10^e (f > 0) as Java does: plain from 10^-3 up to 10^7, else d.dddEn. */
    private static void write(StringBuilder out, long f, int e) {
        while (f % 10 == 0) {
            f /= 10;
            e++;
        }
        int n = digitCount(f);
        int point = e + n; // v = 0.d1...dn · 10^point
        if (0 < point && point <= 7) {
            if (n <= point) {
                digits(out, f, n);
                zeros(out, point - n);
                out.append(".0");
            } else {
                long scale = POW10[n - point];
                digits(out, f / scale, point);
                out.append('.');
                digits(out, f % scale, n - point);
            }
        } else if (-3 < point && point <= 0) {
            out.append("0.");
            zeros(out, -point);
            digits(out, f, n);
        } else {
            long scale = POW10[n - 1];
            out.append((char) ('0' + f / scale)).append('.');
            if (n > 1) {
                digits(out, f % scale, n - 1);
            } else {
                out.append('0');
            }
            out.append('E').append(point - 1);
        }
    }

    private static int digitCount(long f) {
        int n = PowersOfTen126.floorLog10Pow2(64 - Long.numberOfLeadingZeros(f));
        return f >= POW10[n] ? n + 1 : n;
    }

    /** Appends exactly n digits of f (f < 10^n), leading zeros included. */
    private static void digits(StringBuilder out, long f, int n) {
        int end = out.length() + n;
        out.setLength(end);
        long rest = f;
        for (int i = end - 1; i >= end - n; i--) {
            out.setCharAt(i, (char) ('0' + rest % 10));
            rest /= 10;
        }
    }

    private static void zeros(StringBuilder out, int n) {
        for (int i = 0; i < n; i++) {
            out.append('0');
        }
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
