package org.lodestone.app.stresstest;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.lodestone.core.shortfall.ShortfallMetrics;

/**
 * The brief's sentence on how soon stocks run out: the first stock-out of any member's input
 * (per member and commodity, from the engine's stock-out events) over every scenario with an
 * effect, and when the coalition's final commodity first falls short.
 */
final class StockSentence {

    /**
     * One member running out of one input in one scenario.
     *
     * @param scenario the scenario
     * @param member   the member's region code
     * @param first    the input and the first day
     */
    record StockOut(ScenarioResult scenario, String member, StockOutDays.First first) {}

    private StockSentence() {}

    /** The earliest stock-out of a member's input; ties go to the scenario listed first, then the member. */
    static Optional<StockOut> earliest(StressTestResult result) {
        Optional<StockOut> best = Optional.empty();
        for (ScenarioResult s : result.scenarios()) {
            if (Brief.noEffect(s)) {
                continue;
            }
            for (String member : result.scope().members().stream().sorted().toList()) {
                for (StockOutDays.First f : s.firstStockOuts(member)) {
                    if (best.isEmpty() || f.day() < best.get().first().day()) {
                        best = Optional.of(new StockOut(s, member, f));
                    }
                }
            }
        }
        return best;
    }

    /** The sentence, or nothing when no member's input runs out in any scenario. */
    static Optional<String> of(StressTestResult result) {
        return earliest(result).map(o -> {
            ScenarioResult s = o.scenario();
            int day = o.first().day();
            long inputs = count(result, s);
            return "Stocks run out first in " + s.entry().name() + ": " + Brief.regionName(result, o.member())
                    + " (" + o.member() + ") runs out of " + o.first().commodity() + " on day " + day
                    + Brief.date(s, day).map(d -> " (" + d + ")").orElse("")
                    + (inputs > 1 ? ", the first of " + inputs + " inputs members run out of there" : "")
                    + "; " + shortfall(result) + ".";
        });
    }

    /** How many inputs the coalition's members run out of in {@code s} (per commodity, any member). */
    private static long count(StressTestResult result, ScenarioResult s) {
        return s.firstStockOuts(result.scope().coalition().id()).size();
    }

    private static String shortfall(StressTestResult result) {
        List<ScenarioResult> falling = result.scenarios().stream()
                .filter(s -> firstShortfall(s).isPresent())
                .sorted(Comparator.comparingInt(s -> firstShortfall(s).orElseThrow()))
                .toList();
        String commodity = result.scope().finalCommodity().id().value();
        if (falling.isEmpty()) {
            return "yet the coalition's " + commodity + " never falls short: stocks and spare capacity cover it";
        }
        ScenarioResult s = falling.get(0);
        ShortfallMetrics m = s.coalition().compute().orElseThrow();
        int day = m.firstShortfallDay().getAsInt();
        return "the earliest shortfall of the coalition's " + commodity + " comes on day " + day
                + Brief.date(s, day).map(d -> " (" + d + ")").orElse("") + " of "
                + s.entry().name() + ", "
                + (m.recoveryDays().isPresent()
                        ? "back within 0.1% of baseline " + m.recoveryDays().getAsInt() + " days later"
                        : "not recovered by the end of the run (day "
                                + (s.entry().scenario().horizon() - 1) + ")");
    }

    private static Optional<Integer> firstShortfall(ScenarioResult s) {
        return s.coalition()
                .compute()
                .flatMap(m -> m.firstShortfallDay().isPresent()
                        ? Optional.of(m.firstShortfallDay().getAsInt())
                        : Optional.empty());
    }
}
