package org.lodestone.core.uncertainty;

/**
 * The standard normal distribution: its cumulative distribution Φ and its inverse.
 *
 * <p>Φ uses Marsaglia's Taylor series (J. Stat. Softw. 11(4), 2004) for |x| ≤ 6, accurate to
 * about 1e-15 absolute, and the Laplace continued fraction of the Mills ratio in the tails, so
 * that tail probabilities keep their relative accuracy. Φ⁻¹ is Acklam's rational approximation
 * (relative error below 1.2e-9) polished by one Halley step on Φ, which brings it to about
 * 1e-15. Both cost O(1).
 */
public final class Gaussian {

    private static final double LOG_SQRT_2PI = 0.91893853320467274178;
    private static final double SQRT_2PI = 2.50662827463100050242;
    private static final double[] A = {
        -3.969683028665376e+01,
        2.209460984245205e+02,
        -2.759285104469687e+02,
        1.383577518672690e+02,
        -3.066479806614716e+01,
        2.506628277459239e+00
    };
    private static final double[] B = {
        -5.447609879822406e+01,
        1.615858368580409e+02,
        -1.556989798598866e+02,
        6.680131188771972e+01,
        -1.328068155288572e+01
    };
    private static final double[] C = {
        -7.784894002430293e-03,
        -3.223964580411365e-01,
        -2.400758277161838e+00,
        -2.549732539343734e+00,
        4.374664141464968e+00,
        2.938163982698783e+00
    };
    private static final double[] D = {
        7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00
    };
    private static final double P_LOW = 0.02425;

    private Gaussian() {}

    /** Φ(x), the probability that a standard normal variable is at most x. */
    public static double cdf(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x < -6) {
            return upperTail(-x);
        }
        if (x > 6) {
            return 1 - upperTail(x);
        }
        double s = x;
        double t = 0;
        double b = x;
        double q = x * x;
        for (double i = 1; s != t; ) {
            t = s;
            i += 2;
            b *= q / i;
            s = t + b;
        }
        return 0.5 + s * Math.exp(-0.5 * q - LOG_SQRT_2PI);
    }

    /** 1 − Φ(x) for x > 6: φ(x) / (x + 1/(x + 2/(x + 3/(x + …)))). */
    private static double upperTail(double x) {
        if (x > 40) {
            return 0;
        }
        double fraction = x;
        for (int k = 60; k >= 1; k--) {
            fraction = x + k / fraction;
        }
        return Math.exp(-0.5 * x * x - LOG_SQRT_2PI) / fraction;
    }

    /**
     * Φ⁻¹(p), the value a standard normal variable is below with probability p.
     *
     * @return −∞ for p = 0, +∞ for p = 1
     * @throws IllegalArgumentException if p is outside [0, 1]
     */
    public static double quantile(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("a probability must be in [0, 1], was " + p);
        }
        if (p == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (p == 1) {
            return Double.POSITIVE_INFINITY;
        }
        double x = acklam(p);
        double e = cdf(x) - p;
        double u = e * SQRT_2PI * Math.exp(0.5 * x * x);
        return x - u / (1 + 0.5 * x * u);
    }

    private static double acklam(double p) {
        if (p < P_LOW) {
            double q = Math.sqrt(-2 * Math.log(p));
            return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
                    / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
        }
        if (p > 1 - P_LOW) {
            double q = Math.sqrt(-2 * Math.log1p(-p));
            return -(((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
                    / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
        }
        double q = p - 0.5;
        double r = q * q;
        return (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5])
                * q
                / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
    }
}
