package org.lodestone.app.stresstest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.lodestone.app.run.Scope;
import org.lodestone.core.model.RegionId;
import org.lodestone.core.shortfall.Role;
import org.lodestone.core.shortfall.ShortfallMetrics;

/**
 * The plain sentences that open the report, computed from the results: which scenario hurts the
 * coalition most and how deeply, which members it hits hardest, how soon stocks run out and the
 * first shortfall comes ({@link StockSentence}), how much value added is at risk
 * ({@link ValueSentence}), the least certain input behind the worst case, and, when there is room,
 * which scenarios have no effect. Each sentence is one method returning nothing when it has nothing
 * to say, so a new measure (a backtest score) adds one method and one line in {@link #sentences}.
 */
final class Brief {

    /** How many members the second sentence names. */
    static final int MEMBERS_NAMED = 3;

    /** The brief's length at most. */
    static final int MAX_SENTENCES = 5;

    private Brief() {}

    /** One to five sentences; the first always exists. */
    static List<String> sentences(StressTestResult result) {
        List<String> sentences = new ArrayList<>();
        Optional<ScenarioResult> worst = worst(result.scenarios());
        sentences.add(worst.map(w -> worstCase(result, w)).orElseGet(() -> noneHurts(result)));
        worst.flatMap(w -> membersHit(result, w)).ifPresent(sentences::add);
        StockSentence.of(result).or(() -> firstShortfall(result)).ifPresent(sentences::add);
        ValueSentence.of(result).ifPresent(sentences::add);
        worst.flatMap(w -> leastCertain(result, w)).ifPresent(sentences::add);
        // the report also names them above the collapsed sections; here only when there is room
        noEffect(result).filter(n -> sentences.size() < MAX_SENTENCES).ifPresent(sentences::add);
        return sentences;
    }

    /**
     * The scenario with the lowest delivered final commodity for the coalition, among those that cut
     * it below baseline on some day; empty when none does (a scenario that hits only end uses, or
     * drives demand up, is not "the worst" for AI compute, and its damage is told by the value and
     * stock sentences).
     */
    static Optional<ScenarioResult> worst(List<ScenarioResult> scenarios) {
        return scenarios.stream()
                .filter(s -> !noEffect(s))
                .filter(s -> s.coalition()
                        .compute()
                        .map(m -> m.firstShortfallDay().isPresent())
                        .orElse(false))
                .min(Comparator.comparingDouble((ScenarioResult s) ->
                                s.coalition().compute().orElseThrow().delivered())
                        .thenComparingDouble(
                                s -> s.coalition().compute().orElseThrow().deepest()));
    }

    /**
     * True when the scenario moves nothing the report shows: no region delivers less than 99.9% of
     * its baseline final commodity on any day, none delivers more than 100.1% over the run, and no
     * member's node loses output.
     */
    static boolean noEffect(ScenarioResult s) {
        for (RegionOutcome r : s.regions()) {
            if (r.compute().isPresent()) {
                ShortfallMetrics m = r.compute().get();
                if (m.firstShortfallDay().isPresent() || m.delivered() > 1 + ShortfallMetrics.TOLERANCE) {
                    return false;
                }
            }
            if (r.role() != Role.OTHER && !r.losses().isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static String worstCase(StressTestResult result, ScenarioResult w) {
        Scope scope = result.scope();
        ShortfallMetrics m = w.coalition().compute().orElseThrow();
        return String.format(
                Locale.ROOT,
                "Of the %d scenario%s, %s hurts %s most: the coalition's members get %s%% of their baseline %s over its %d days, "
                        + "and %s%% on the worst day (day %d%s).",
                result.scenarios().size(),
                result.scenarios().size() == 1 ? "" : "s",
                w.entry().name(),
                scope.coalition().name(),
                MetricText.percent(m.delivered()),
                scope.finalCommodity().id().value(),
                w.entry().scenario().horizon(),
                MetricText.percent(m.deepest()),
                m.deepestDay(),
                date(w, m.deepestDay()).map(d -> ", " + d).orElse(""));
    }

    private static String noneHurts(StressTestResult result) {
        int n = result.scenarios().size();
        String none = "None of the " + n + " scenario" + (n == 1 ? "" : "s") + " cuts what "
                + result.scope().coalition().name() + " gets of its "
                + result.scope().finalCommodity().id().value() + " below 99.9% of its baseline on any day";
        boolean elsewhere = result.scenarios().stream().anyMatch(s -> !noEffect(s));
        return none
                + (elsewhere ? "; the damage lands elsewhere: in the members' other industries and end uses." : ".");
    }

    private static Optional<String> membersHit(StressTestResult result, ScenarioResult w) {
        List<RegionOutcome> hit = w.regions().stream()
                .filter(r -> r.role() == Role.MEMBER && r.compute().isPresent())
                .filter(r -> r.compute().get().firstShortfallDay().isPresent())
                .sorted(Comparator.comparingDouble(
                        r -> r.compute().orElseThrow().delivered()))
                .limit(MEMBERS_NAMED)
                .toList();
        if (hit.isEmpty()) {
            return Optional.empty();
        }
        List<String> named = hit.stream()
                .map(r -> regionName(result, r.region()) + " (" + r.region() + ", "
                        + MetricText.percent(r.compute().orElseThrow().delivered()) + "% delivered)")
                .toList();
        String layer = w.coalition()
                .mostHit()
                .map(l -> "; the layer hit most is " + l.layer() + " ("
                        + l.commodity().name() + ", " + MetricText.days(l.lostDays())
                        + " days of the members' output lost)")
                .orElse("");
        return Optional.of("The members hit hardest there are " + join(named) + layer + ".");
    }

    private static Optional<String> firstShortfall(StressTestResult result) {
        return result.scenarios().stream()
                .filter(s -> s.coalition()
                        .compute()
                        .map(m -> m.firstShortfallDay().isPresent())
                        .orElse(false))
                .min(Comparator.comparingInt(s -> s.coalition()
                        .compute()
                        .orElseThrow()
                        .firstShortfallDay()
                        .getAsInt()))
                .map(s -> {
                    ShortfallMetrics m = s.coalition().compute().orElseThrow();
                    int day = m.firstShortfallDay().getAsInt();
                    return "The earliest shortfall comes on day " + day
                            + date(s, day).map(d -> " (" + d + ")").orElse("")
                            + " of " + s.entry().name()
                            + ": until then stocks and spare capacity absorb the disruption; "
                            + (m.recoveryDays().isPresent()
                                    ? "output is back within 0.1% of baseline "
                                            + m.recoveryDays().getAsInt() + " days later."
                                    : "output has not recovered by the end of the run (day "
                                            + (s.entry().scenario().horizon() - 1) + ").");
                });
    }

    private static Optional<String> noEffect(StressTestResult result) {
        List<String> none = result.scenarios().stream()
                .filter(Brief::noEffect)
                .map(s -> s.entry().name())
                .toList();
        if (none.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(none.size() + " of the " + result.scenarios().size() + " scenarios leave every member's "
                + result.scope().finalCommodity().id().value() + " and inputs within 0.1% of baseline: " + join(none)
                + ".");
    }

    /**
     * The input of the worst scenario whose low and high ends move the coalition's final commodity
     * most ({@link InputSwing}), with the next two; without varied inputs, the kind of dataset
     * input most often assumed behind it.
     */
    private static Optional<String> leastCertain(StressTestResult result, ScenarioResult w) {
        Optional<InputSwing> swing =
                result.swing().filter(s -> s.scenario().equals(w.entry().name()));
        if (swing.isPresent()) {
            return Optional.of(swingSentence(result, swing.get()));
        }
        return mostAssumed(result, w);
    }

    static String swingSentence(StressTestResult result, InputSwing swing) {
        InputSwing.Swing top = swing.inputs().get(0);
        List<String> others = swing.inputs().stream()
                .skip(1)
                .limit(2)
                .map(s -> s.name() + " (" + MetricText.points(s.points()) + " points)")
                .toList();
        String next = others.isEmpty() ? "" : "; next come " + join(others);
        return "The biggest uncertainty behind " + swing.scenario() + " is the " + top.name() + " ("
                + top.path() + "): run at " + MetricText.number(top.low()) + " and at "
                + MetricText.number(top.high()) + ", every other input as the scenario has it, "
                + result.scope().coalition().name() + " gets " + MetricText.percent(top.atLow()) + "% and "
                + MetricText.percent(top.atHigh()) + "% of its baseline "
                + result.scope().finalCommodity().id().value() + ", a swing of "
                + MetricText.points(top.points()) + " percentage points" + next + ".";
    }

    private static Optional<String> mostAssumed(StressTestResult result, ScenarioResult w) {
        List<Assumptions.Assumption> assumed = Assumptions.of(result.scope().dataset(), w);
        int rows = assumed.stream().mapToInt(Assumptions.Assumption::rows).sum();
        return assumed.stream()
                .max(Comparator.comparingInt(Assumptions.Assumption::rows))
                .map(a -> "The biggest uncertainty behind " + w.entry().name() + " is the " + a.what() + ": "
                        + a.rows() + (a.rows() == 1 ? " dataset row is" : " dataset rows are")
                        + " assumed, not observed, of " + rows + " assumed rows it rests on (its section lists them; "
                        + "lodestone sensitivity ranks the inputs that move the result most).");
    }

    /** The calendar date of a day of the scenario, when it has a start date. */
    static Optional<LocalDate> date(ScenarioResult s, int day) {
        return s.entry().scenario().start().map(d -> d.plusDays(day));
    }

    /** A region's name, e.g. {@code Japan}; its code when the dataset has no name for it. */
    static String regionName(StressTestResult result, String code) {
        return result.scope()
                .dataset()
                .region(RegionId.of(code))
                .map(r -> r.name())
                .orElse(code);
    }

    static String join(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
