package org.lodestone.app.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A linear chart axis: a value range mapped to pixels, with "nice" ticks (1, 2 or 5 × 10^k).
 *
 * @param min   value at {@code from}
 * @param max   value at {@code to}
 * @param step  tick spacing
 * @param from  pixel of {@code min}
 * @param to    pixel of {@code max}
 */
public record Axis(double min, double max, double step, double from, double to) {

    /** An axis covering [{@code low}, {@code high}] with about {@code ticks} ticks, widened to whole steps. */
    public static Axis nice(double low, double high, int ticks, double from, double to) {
        if (high - low < 1e-9) {
            low -= 1;
            high += 1;
        }
        double step = niceStep((high - low) / ticks);
        double min = Math.floor(low / step + 1e-9) * step;
        double max = Math.ceil(high / step - 1e-9) * step;
        return new Axis(min, max, step, from, to);
    }

    /**
     * An axis from exactly {@code low} to {@code high} with about {@code ticks} nice ticks inside
     * it: for time, whose end is the horizon (a 365-day run ends at day 365, not at 400).
     */
    public static Axis exact(double low, double high, int ticks, double from, double to) {
        if (high - low < 1e-9) {
            return nice(low, high, ticks, from, to);
        }
        return new Axis(low, high, niceStep((high - low) / ticks), from, to);
    }

    private static double niceStep(double raw) {
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * power >= raw) {
                return m * power;
            }
        }
        return 10 * power;
    }

    /** The pixel of {@code value}. */
    public double at(double value) {
        return from + (value - min) / (max - min) * (to - from);
    }

    /** Tick values: the multiples of the step from min to max. */
    public List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        double first = Math.ceil(min / step - 1e-6) * step;
        for (int k = 0; first + k * step <= max + step * 1e-6; k++) {
            ticks.add(first + k * step);
        }
        return ticks;
    }

    /** A tick label with as many decimals as the step needs. */
    public String label(double value) {
        int decimals = step >= 1 ? 0 : (int) Math.ceil(-Math.log10(step) - 1e-9);
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
