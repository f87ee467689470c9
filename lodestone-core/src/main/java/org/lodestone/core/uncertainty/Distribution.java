package org.lodestone.core.uncertainty;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;

/**
 * A probability distribution of one uncertain input, sampled by inversion: {@link #quantile(double)}
 * maps a uniform number u in (0, 1) to the value below which a share u of the distribution lies.
 * Inversion keeps sampling pure and reproducible (one uniform per input and member) and monotone in
 * u, which the sensitivity design relies on. Parameters are checked by the constructors.
 */
public sealed interface Distribution extends Serializable
        permits Distribution.Uniform,
                Distribution.Triangular,
                Distribution.Normal,
                Distribution.LogNormal,
                Distribution.Choice {

    /** The names used in scenario files ({@code dist:}). */
    String[] NAMES = {"uniform", "triangular", "normal", "lognormal", "choice"};

    /** The value at cumulative probability {@code u}, for u in (0, 1). */
    double quantile(double u);

    /** The smallest value the distribution can give. */
    double min();

    /** The largest value the distribution can give. */
    double max();

    /** The distribution as written in a scenario file, e.g. {@code uniform(0.5, 1)}. */
    String describe();

    /** Uniform on [min, max]. */
    record Uniform(double min, double max) implements Distribution {
        public Uniform {
            finite(min, "min");
            finite(max, "max");
            if (!(min < max)) {
                throw new IllegalArgumentException("uniform needs min < max, got " + min + " and " + max);
            }
        }

        @Override
        public double quantile(double u) {
            return min + u * (max - min);
        }

        @Override
        public String describe() {
            return "uniform(" + text(min) + ", " + text(max) + ")";
        }
    }

    /** Triangular on [min, max] with its peak at {@code mode}. */
    record Triangular(double min, double mode, double max) implements Distribution {
        public Triangular {
            finite(min, "min");
            finite(mode, "mode");
            finite(max, "max");
            if (!(min < max) || mode < min || mode > max) {
                throw new IllegalArgumentException(
                        "triangular needs min <= mode <= max and min < max, got " + min + ", " + mode + ", " + max);
            }
        }

        @Override
        public double quantile(double u) {
            double width = max - min;
            double peak = (mode - min) / width;
            return u < peak
                    ? min + Math.sqrt(u * width * (mode - min))
                    : max - Math.sqrt((1 - u) * width * (max - mode));
        }

        @Override
        public String describe() {
            return "triangular(" + text(min) + ", " + text(mode) + ", " + text(max) + ")";
        }
    }

    /**
     * Normal with {@code mean} and standard deviation {@code sd}, truncated to [min, max] (either may
     * be infinite).
     */
    record Normal(double mean, double sd, double min, double max) implements Distribution {
        public Normal {
            finite(mean, "mean");
            finite(sd, "sd");
            if (!(sd > 0) || !(min < max)) {
                throw new IllegalArgumentException(
                        "normal needs sd > 0 and min < max, got sd " + sd + ", bounds " + min + " and " + max);
            }
            if (!(standardMass((min - mean) / sd, (max - mean) / sd) > 0)) {
                throw new IllegalArgumentException(
                        "normal(" + mean + ", " + sd + ") has almost no mass in [" + min + ", " + max + "]");
            }
        }

        @Override
        public double quantile(double u) {
            double z = truncatedStandard((min - mean) / sd, (max - mean) / sd, u);
            return Math.min(max, Math.max(min, mean + sd * z));
        }

        @Override
        public String describe() {
            return "normal(" + text(mean) + ", " + text(sd) + ")" + bounds(min, max);
        }
    }

    /**
     * Log-normal: the logarithm is normal with mean ln({@code median}) and standard deviation
     * {@code sigma}; truncated to [min, max] (min ≥ 0; max may be infinite).
     */
    record LogNormal(double median, double sigma, double min, double max) implements Distribution {
        public LogNormal {
            finite(median, "median");
            finite(sigma, "sigma");
            if (!(median > 0) || !(sigma > 0) || !(min >= 0) || !(min < max)) {
                throw new IllegalArgumentException(
                        "lognormal needs median > 0, sigma > 0 and 0 <= min < max, got median " + median + ", sigma "
                                + sigma + ", bounds " + min + " and " + max);
            }
            double mu = Math.log(median);
            if (!(standardMass((Math.log(min) - mu) / sigma, (Math.log(max) - mu) / sigma) > 0)) {
                throw new IllegalArgumentException("lognormal(median " + median + ", sigma " + sigma
                        + ") has almost no mass in [" + min + ", " + max + "]");
            }
        }

        @Override
        public double quantile(double u) {
            double mu = Math.log(median);
            double z = truncatedStandard((Math.log(min) - mu) / sigma, (Math.log(max) - mu) / sigma, u);
            return Math.min(max, Math.max(min, Math.exp(mu + sigma * z)));
        }

        @Override
        public String describe() {
            return "lognormal(median " + text(median) + ", sigma " + text(sigma) + ")" + bounds(min, max);
        }
    }

    /** One of {@code values}, with probabilities proportional to {@code weights}. */
    record Choice(double[] values, double[] weights) implements Distribution {
        public Choice {
            values = values.clone();
            weights = weights.clone();
            if (values.length == 0 || values.length != weights.length) {
                throw new IllegalArgumentException("choice needs as many weights as values (at least one), got "
                        + values.length + " and " + weights.length);
            }
            for (int n = 0; n < values.length; n++) {
                finite(values[n], "value");
                if (!(weights[n] > 0) || Double.isInfinite(weights[n])) {
                    throw new IllegalArgumentException("choice weights must be positive, got " + weights[n]);
                }
            }
        }

        /** Equally likely values. */
        public static Choice of(double... values) {
            double[] weights = new double[values.length];
            Arrays.fill(weights, 1);
            return new Choice(values, weights);
        }

        @Override
        public double quantile(double u) {
            double total = Arrays.stream(weights).sum();
            double cumulative = 0;
            for (int n = 0; n < values.length - 1; n++) {
                cumulative += weights[n];
                if (u * total < cumulative) {
                    return values[n];
                }
            }
            return values[values.length - 1];
        }

        @Override
        public double min() {
            return Arrays.stream(values).min().orElseThrow();
        }

        @Override
        public double max() {
            return Arrays.stream(values).max().orElseThrow();
        }

        @Override
        public double[] values() {
            return values.clone();
        }

        @Override
        public double[] weights() {
            return weights.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Choice c && Arrays.equals(values, c.values) && Arrays.equals(weights, c.weights);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(values) + Arrays.hashCode(weights);
        }

        @Override
        public String toString() {
            return describe();
        }

        @Override
        public String describe() {
            StringBuilder out = new StringBuilder("choice(");
            for (int n = 0; n < values.length; n++) {
                out.append(n == 0 ? "" : ", ").append(text(values[n]));
                if (Arrays.stream(weights).distinct().count() > 1) {
                    out.append(" w ").append(text(weights[n]));
                }
            }
            return out.append(')').toString();
        }
    }

    /**
     * The u-quantile of a standard normal truncated to [a, b]. The upper half is mirrored onto the
     * lower one so that Φ is taken where it keeps its precision.
     */
    private static double truncatedStandard(double a, double b, double u) {
        if (a > 0) {
            return -truncatedStandard(-b, -a, 1 - u);
        }
        double low = Gaussian.cdf(a);
        double high = Gaussian.cdf(b);
        return Gaussian.quantile(Math.min(high, Math.max(low, low + u * (high - low))));
    }

    /** Probability that a standard normal falls in [a, b], taken in the lower tail where Φ is precise. */
    private static double standardMass(double a, double b) {
        return a > 0 ? Gaussian.cdf(-a) - Gaussian.cdf(-b) : Gaussian.cdf(b) - Gaussian.cdf(a);
    }

    private static void finite(double value, String what) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be a finite number, was " + value);
        }
    }

    private static String bounds(double min, double max) {
        return Double.isInfinite(min) && Double.isInfinite(max) ? "" : " in [" + text(min) + ", " + text(max) + "]";
    }

    /** A number without a trailing {@code .0}. */
    static String text(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.format(Locale.ROOT, "%s", v);
    }
}
