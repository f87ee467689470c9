package org.lodestone.io.run;

import java.math.BigInteger;

/**
 * The 126-bit over-approximations of the powers of ten that {@link ShortestDecimal} multiplies by
 * (Giulietti 2020, "The Schubfach way to render doubles", section 9): for each decimal exponent k
 * of a finite double, {@code g(k) = floor(10^-k / 2^r) + 1} with {@code r = floor(log2 10^-k) - 125},
 * so {@code 2^125 <= g(k) < 2^126} and {@code 10^-k < g(k) * 2^r}. Worked out exactly with {@link
 * BigInteger} when the class loads (617 values, about a millisecond) rather than listed.
 */
final class PowersOfTen126 {

    /** The least and greatest k: floor(log10 2^q) for the least and greatest binary exponent q of a double. */
    static final int K_MIN = -324;

    static final int K_MAX = 292;

    private static final long MASK_63 = (1L << 63) - 1;

    /** g(k)'s upper bits (g >> 63) and lower 63 bits, interleaved from K_MIN. */
    private static final long[] G = table();

    private PowersOfTen126() {}

    /** g(k) >> 63, in [2^62, 2^63). */
    static long high(int k) {
        return G[(k - K_MIN) << 1];
    }

    /** g(k)'s lowest 63 bits. */
    static long low(int k) {
        return G[((k - K_MIN) << 1) + 1];
    }

    /** floor(log10 2^q) for |q| up to about 5 × 10^6 (q log10 2 in fixed point, 41 fraction bits). */
    static int floorLog10Pow2(int q) {
        return (int) (q * 661_971_961_083L >> 41);
    }

    /** floor(log10 (3/4 · 2^q)), the k of the binade's least double, whose lower neighbour is half as far. */
    static int floorLog10ThreeQuartersPow2(int q) {
        return (int) (q * 661_971_961_083L - 274_743_187_321L >> 41);
    }

    /** floor(log2 10^e) for |e| up to about 10^5 (e log2 10 in fixed point, 38 fraction bits). */
    static int floorLog2Pow10(int e) {
        return (int) (e * 913_124_641_741L >> 38);
    }

    /** g(k) exactly, for tests. */
    static BigInteger exact(int k) {
        int r = floorLog2Pow10(-k) - 125;
        BigInteger numerator = BigInteger.TEN.pow(Math.max(-k, 0)).shiftLeft(Math.max(-r, 0));
        BigInteger denominator = BigInteger.TEN.pow(Math.max(k, 0)).shiftLeft(Math.max(r, 0));
        return numerator.divide(denominator).add(BigInteger.ONE);
    }

    private static long[] table() {
        long[] g = new long[(K_MAX - K_MIN + 1) * 2];
        for (int k = K_MIN; k <= K_MAX; k++) {
            BigInteger value = exact(k);
            g[(k - K_MIN) << 1] = value.shiftRight(63).longValueExact();
            g[((k - K_MIN) << 1) + 1] = value.longValue() & MASK_63;
        }
        return g;
    }
}
