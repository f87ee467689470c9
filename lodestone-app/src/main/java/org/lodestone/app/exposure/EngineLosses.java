package org.lodestone.app.exposure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.lodestone.core.ario.ArioParameters;
import org.lodestone.core.extraction.Cut;
import org.lodestone.core.extraction.SimulatedExtraction;

/**
 * The engine's loss beside each static cut, and which mechanism closes the gap between them
 * ({@code docs/methods.md}, "One answer across views"). Runs the engine with the default
 * parameters on the dataset's table, so its stocks, substitution and final stocks count; on a
 * monetary table (an MRIO folder) it runs nothing, and the views leave the columns empty.
 */
final class EngineLosses {

    /** A gap of less than this share between the bound and the engine is "nothing closes it". */
    static final double NEGLIGIBLE = 0.01;

    private final Optional<SimulatedExtraction> engine;
    private final double[] target;

    EngineLosses(AnalysisContext context) {
        this.engine = context.stack().monetary()
                ? Optional.empty()
                : Optional.of(new SimulatedExtraction(context.stack().table(), ArioParameters.defaults()));
        this.target = context.coalitionTarget();
    }

    /** The engine's losses for {@code cut}, or empty on a monetary table. */
    Optional<SimulatedExtraction.Losses> of(Cut cut) {
        return engine.map(e -> e.losses(cut, target));
    }

    /**
     * In words, what closes the gap between the fixed-proportions {@code bound} and the engine's
     * loss averaged over a year, split in this order (each part at least 0, the parts adding up
     * to the gap): <b>stocks</b>, the loss they hold back while they last (the year's last-day
     * loss less its average); <b>spare capacity</b>, what producers add above their baseline (the
     * last-day loss without overproduction less the loss with it); <b>substitution</b>, up to what
     * the static view gives it (the bound less the loss if substitutable inputs are replaced); and
     * <b>other suppliers' existing output</b>, the rest (orders moved to producers the cut does not
     * reach, rationed away from their other buyers). An attribution, not a decomposition of
     * separate runs: substitution and re-sourcing are told apart by the static view.
     */
    static String reasons(double bound, double ifSubstituted, SimulatedExtraction.Losses engine) {
        double year = engine.average()[2];
        double last = engine.lastDay()[2];
        if (bound - year < NEGLIGIBLE) {
            return String.format(
                    Locale.ROOT,
                    "the engine loses %s%% over a year, as the bound says: nothing closes the gap",
                    Figures.percent(year));
        }
        double stocks = Math.max(0, Math.min(bound, last) - year);
        double steady = Math.max(last, year);
        double spare = Math.max(0, Math.min(bound, engine.noSpareLastDay()[2]) - steady);
        double permanent = Math.max(0, bound - Math.max(steady, engine.noSpareLastDay()[2]));
        double substitution = Double.isNaN(ifSubstituted) ? 0 : Math.min(permanent, Math.max(0, bound - ifSubstituted));
        List<Map.Entry<String, Double>> parts = new ArrayList<>(List.of(
                Map.entry("stocks", stocks),
                Map.entry("spare capacity", spare),
                Map.entry("substitution", substitution),
                Map.entry("other suppliers' existing output", permanent - substitution)));
        parts.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()));
        List<String> named = new ArrayList<>();
        for (Map.Entry<String, Double> part : parts) {
            if (part.getValue() >= NEGLIGIBLE) {
                named.add(part.getKey() + " " + Figures.percent(part.getValue()) + " pts");
            }
        }
        return String.format(
                Locale.ROOT,
                "the engine loses %s%% over a year (%s%% on its last day) against a bound of %s%%; the gap is closed by %s",
                Figures.percent(year),
                Figures.percent(last),
                Figures.percent(bound),
                named.isEmpty() ? "small parts of each mechanism" : String.join(" and ", named));
    }
}
