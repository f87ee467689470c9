package org.lodestone.io.run;

import java.nio.charset.StandardCharsets;

/**
 * Writes a double as the shortest decimal that reads back as the same double, in the text of
 * {@code Double.toString} from JDK 19 on ({@code 0.001}, {@code 123.456}, {@code 9999999.0}, {@code
 * 1.0E7}, {@code 2.0E23}, {@code 4.9E-324}): of all the decimals that round to the double, those
 * with the fewest digits (one or two digits if one digit suffices), and of those the closest to it,
 * the even one on a tie. JDK 17's {@code Double.toString} writes more digits than needed for some
 * doubles ({@code 1.9999999999999998E23} for 2 × 10²³, 2⁻⁶² as {@code 2.1684043449710089E-19}) and
 * takes three times as long on a run's numbers (about 150 ns a number against 44; see
 * docs/benchmarks.md).
 *
 * <p>Method: Schubfach (R. Giulietti, "The Schubfach way to render doubles", 2020). With the double
 * v = c · 2^q and k = floor(log10 2^q), v · 10^-k and the ends of v's rounding interval (at a quarter
 * unit of precision) are computed from one 126-bit approximation of 10^-k ({@link PowersOfTen126})
 * with round-to-odd, which the paper proves is exact enough to decide, in integers, whether a
 * multiple of 10 lies in the interval (then the result is one digit shorter) and else which of the
 * two neighbours of v · 10^-k does, or which is closer. Constant time: three 64 × 64-bit products per
 * number and no division but the digits' own ({@link DecimalText} lays them out). Integers below
 * 2^53 are written directly.
 */
public final class ShortestDecimal {

    private static final int Q_MIN = -1074;
    private static final long C_MIN = 1L << 52;
    private static final long FRACTION_BITS = C_MIN - 1;
    /** Subnormal significands below this get one more decimal digit of precision (dk = -1), so 4.9E-324 comes out, not 5.0E-324. */
    private static final long C_TINY = 3;

    /** Room that {@link #write} needs: the longest text is 24 bytes ({@code -1.2345678901234567E-308}). */
    public static final int MAX_TEXT = 26;

    private static final long MASK_63 = (1L << 63) - 1;

    private ShortestDecimal() {}

    /** v's shortest decimal; {@code NaN}, {@code Infinity}, {@code -Infinity}, {@code -0.0} as Java writes them. */
    public static String toString(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Infinity" : "-Infinity";
        }
        byte[] text = new byte[MAX_TEXT];
        return new String(text, 0, write(text, 0, v), StandardCharsets.ISO_8859_1);
    }

    /**
     * Writes finite v's shortest decimal as ASCII into {@code text} from {@code at} and returns
     * where it ends; {@code text} needs {@value #MAX_TEXT} bytes of room from {@code at}.
     *
     * @throws IllegalArgumentException if v is NaN or infinite
     */
    public static int write(byte[] text, int at, double v) {
        long bits = Double.doubleToRawLongBits(v);
        long t = bits & FRACTION_BITS;
        int biasedExponent = (int) (bits >>> 52) & 0x7ff;
        if (biasedExponent == 0x7ff) {
            throw new IllegalArgumentException("not a finite number: " + v);
        }
        int i = at;
        if (bits < 0) {
            text[i++] = '-';
        }
        if (bits << 1 == 0) {
            text[i] = '0';
            text[i + 1] = '.';
            text[i + 2] = '0';
            return i + 3;
        }
        // v = c · 2^q, written as f · 10^e by the one call below (one copy for the JIT to inline)
        int q = biasedExponent == 0 ? Q_MIN : biasedExponent - 1075;
        long c = biasedExponent == 0 ? t : C_MIN | t;
        long f;
        int e;
        if (-53 < q && q < 0 && (c >> -q) << -q == c) {
            f = c >> -q; // an integer below 2^53
            e = 0;
        } else if (c < C_TINY) {
            e = exponent(q, 10 * c);
            f = digits(q, 10 * c, e);
            e--;
        } else {
            e = exponent(q, c);
            f = digits(q, c, e);
        }
        return DecimalText.write(text, i, f, e);
    }

    /** k = floor(log10 of v's rounding interval's scale) for v = c · 2^q: the decimal exponent of the digits. */
    private static int exponent(int q, long c) {
        return c != C_MIN || q == Q_MIN
                ? PowersOfTen126.floorLog10Pow2(q)
                : PowersOfTen126.floorLog10ThreeQuartersPow2(q);
    }

    /** The shortest (then closest, then even) digits d with d · 10^k in v's rounding interval, v = c · 2^q. */
    private static long digits(int q, long c, int k) {
        long odd = c & 1;
        long cb = c << 2;
        long cbr = cb + 2;
        // the binade's least double: its lower neighbour is half as far
        long cbl = c != C_MIN || q == Q_MIN ? cb - 2 : cb - 1;
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
                return lowerIn ? sp10 : tp10;
            }
        }
        long u = s + 1;
        boolean lowerIn = vbl + odd <= s << 2;
        boolean upperIn = (u << 2) + odd <= vbr;
        if (lowerIn != upperIn) {
            return lowerIn ? s : u;
        }
        long fromMidpoint = vb - ((s + u) << 1);
        return fromMidpoint < 0 || fromMidpoint == 0 && (s & 1) == 0 ? s : u;
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
}
