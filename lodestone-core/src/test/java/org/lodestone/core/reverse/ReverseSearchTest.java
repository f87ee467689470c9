package org.lodestone.core.reverse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.lodestone.core.ensemble.Metric;

/** Bisection and the refined boundary grid on metrics whose boundary is known. */
class ReverseSearchTest {

    private static final Target NINETY = Target.parse("compute-delivered>=90%");

    @Test
    void parsesTargetsAndRefusesBadOnes() {
        assertThat(NINETY).isEqualTo(new Target(Metric.COMPUTE_DELIVERED, Target.Comparison.AT_LEAST, 0.9));
        assertThat(Target.parse(" compute-deepest < 50 % ").comparison()).isEqualTo(Target.Comparison.BELOW);
        assertThat(Target.parse("first-shortfall-day>=30").holds(Double.NaN))
                .as("no shortfall is after any day")
                .isTrue();
        assertThat(Target.parse("value-added-lost<=5e9"))
                .as("a ceiling on value at risk, in US dollars")
                .isEqualTo(new Target(Metric.VALUE_ADDED_LOST, Target.Comparison.AT_MOST, 5e9));
        assertThat(NINETY.holds(0.9)).isTrue();
        assertThat(NINETY.holds(0.89)).isFalse();
        assertThatThrownBy(() -> Target.parse("compute-delivered=90")).hasMessageContaining("is not METRIC>=NUMBER");
        assertThatThrownBy(() -> Target.parse("recovery-days<=30"))
                .hasMessageContaining("not a metric a target can name: compute-delivered,");
    }

    @Test
    void sharesOfBaselineAreWrittenInPercentAndTheOldFractionFormIsRefused() {
        assertThat(Target.parse("compute-delivered>=99").threshold()).isEqualTo(0.99);
        assertThat(Target.parse("compute-delivered>=99.5%").threshold()).isEqualTo(0.995);
        assertThat(Target.parse("compute-deepest>0.5%").threshold())
                .as("a small share is meant when it carries its %")
                .isEqualTo(0.005);
        assertThat(Target.parse("compute-deepest>0").threshold()).isZero();
        assertThat(Target.parse("compute-delivered>=99.5").toString())
                .as("written back as typed, so a Spark job's runs match the same target")
                .isEqualTo("compute-delivered>=99.5%");
        assertThat(Target.parse(Target.parse("compute-delivered>=97").toString()))
                .isEqualTo(Target.parse("compute-delivered>=0.97e2%"));
        assertThat(Target.parse("first-shortfall-day>=30").toString()).isEqualTo("first-shortfall-day>=30");

        assertThatThrownBy(() -> Target.parse("compute-delivered>=0.99"))
                .hasMessageContaining(
                        "gives compute-delivered 0.99, which is ambiguous: shares of baseline are in percent")
                .hasMessageContaining(
                        "Maybe you meant 99% (the fraction 0.99 of earlier versions); write 0.99% if you mean");
        assertThatThrownBy(() -> Target.parse("compute-deepest<1")).hasMessageContaining("Maybe you meant 100%");
        assertThatThrownBy(() -> Target.parse("compute-delivered>=1.05"))
                .as("the old form went up to 2 (200%): 1.05 read as 1.05% would pass silently")
                .hasMessageContaining("Maybe you meant 105% (the fraction 1.05 of earlier versions)");
        assertThat(Target.parse("compute-delivered>=2.5").threshold()).isEqualTo(0.025);
        assertThatThrownBy(() -> Target.parse("first-shortfall-day>=30%"))
                .hasMessageContaining("first-shortfall-day is not a share of baseline; write its number without %");
    }

    @Test
    void bisectionFindsTheBoundaryOfAMonotoneMetric() {
        AtomicInteger runs = new AtomicInteger();
        PointEvaluator f = points -> {
            runs.addAndGet(points.length);
            return Arrays.stream(points).mapToDouble(p -> 1 - 0.25 * p[0]).toArray();
        };
        Bisection.Result r = Bisection.search(f, NINETY, new SearchAxis("events[0].share-blocked", 0, 1, false), 1e-3);

        assertThat(r.boundary().orElseThrow()).isCloseTo(0.4, within(1e-3));
        assertThat(r.holding().orElseThrow()).isLessThanOrEqualTo(0.4);
        assertThat(r.breaking().orElseThrow()).isGreaterThan(0.4);
        assertThat(runs.get()).isEqualTo(r.evaluations().size()).isLessThanOrEqualTo(2 + 10);
    }

    @Test
    void bisectionOnWholeNumbersEndsOnAdjacentValues() {
        PointEvaluator f =
                points -> Arrays.stream(points).mapToDouble(p -> 1 - p[0] / 100).toArray();
        Bisection.Result r = Bisection.search(f, NINETY, new SearchAxis("events[0].duration", 1, 365, true), 1e-3);

        assertThat(r.holding()).hasValue(10.0);
        assertThat(r.breaking()).hasValue(11.0);
        assertThat(r.evaluations()).allSatisfy(e -> assertThat(e.point()[0]).isEqualTo(Math.rint(e.point()[0])));
    }

    @Test
    void aTargetThatHoldsEverywhereHasNoBoundary() {
        Bisection.Result r =
                Bisection.search(points -> new double[] {0.95}, NINETY, new SearchAxis("x", 0, 1, false), 1e-3);
        assertThat(r.noBoundary()).isTrue();
        assertThat(r.holding()).hasValue(1.0);
        assertThat(r.breaking()).isEmpty();
        assertThat(r.evaluations()).hasSize(2);
    }

    @Test
    void theGridFollowsACurvedBoundaryAndRefinesOnlyNearIt() {
        PointEvaluator f = points ->
                Arrays.stream(points).mapToDouble(p -> 1 - p[0] * p[1]).toArray();
        Target target = Target.parse("compute-delivered>=75");
        BoundaryGrid.Result r = BoundaryGrid.search(
                f, target, new SearchAxis("a", 0, 1, false), new SearchAxis("b", 0, 1, false), 9, 2, 6);

        assertThat(r.boundary())
                .hasSizeGreaterThan(20)
                .allSatisfy(p -> assertThat(p[0] * p[1]).isCloseTo(0.25, within(0.01)));
        assertThat(r.evaluations().size())
                .as("fewer runs than the 33 x 33 fine grid")
                .isLessThan(33 * 33 / 2);
        assertThat(r.evaluations())
                .allSatisfy(e -> assertThat(e.holds()).isEqualTo(e.point()[0] * e.point()[1] <= 0.25));
        for (int k = 1; k < r.boundary().size(); k++) {
            assertThat(r.boundary().get(k)[0])
                    .isGreaterThanOrEqualTo(r.boundary().get(k - 1)[0]);
        }
    }

    @Test
    void theGridIsTheSameWhateverTheBatchesAreRunOn() {
        PointEvaluator f = points ->
                Arrays.stream(points).mapToDouble(p -> 1 - 0.01 * p[0] * p[1]).toArray();
        SearchAxis days = new SearchAxis("events[0].duration", 10, 90, true);
        SearchAxis share = new SearchAxis("events[0].share-blocked", 0, 1, false);
        BoundaryGrid.Result a = BoundaryGrid.search(f, NINETY, days, share, 5, 1, 4);
        BoundaryGrid.Result b = BoundaryGrid.search(f, NINETY, days, share, 5, 1, 4);

        assertThat(a.boundary()).hasSameSizeAs(b.boundary());
        for (int k = 0; k < a.boundary().size(); k++) {
            assertThat(a.boundary().get(k)).containsExactly(b.boundary().get(k));
        }
        assertThat(a.evaluations()).allSatisfy(e -> assertThat(e.point()[0]).isEqualTo(Math.rint(e.point()[0])));
    }

    @Test
    void replayingASearchsOwnRunsRetracesItExactly() {
        PointEvaluator f = points ->
                Arrays.stream(points).mapToDouble(p -> 1 - p[0] * p[1]).toArray();
        Target target = Target.parse("compute-delivered>=75");
        SearchAxis a = new SearchAxis("a", 0, 1, false);
        SearchAxis b = new SearchAxis("b", 0, 1, false);
        BoundaryGrid.Result searched = BoundaryGrid.search(f, target, a, b, 5, 1, 3);

        BoundaryGrid.Result replayed = BoundaryGrid.search(new Replay(searched.evaluations()), target, a, b, 5, 1, 3);

        assertThat(replayed.boundary()).hasSameSizeAs(searched.boundary()).isNotEmpty();
        for (int k = 0; k < searched.boundary().size(); k++) {
            assertThat(replayed.boundary().get(k))
                    .containsExactly(searched.boundary().get(k));
        }
        assertThat(replayed.evaluations())
                .extracting(Evaluation::value)
                .containsExactlyElementsOf(
                        searched.evaluations().stream().map(Evaluation::value).toList());
    }

    @Test
    void aReplayRefusesPointsThatWereNotRun() {
        PointEvaluator f = points ->
                Arrays.stream(points).mapToDouble(p -> 1 - 0.25 * p[0]).toArray();
        Bisection.Result searched = Bisection.search(f, NINETY, new SearchAxis("x", 0, 1, false), 1e-2);
        Replay replay = new Replay(searched.evaluations());

        assertThat(Bisection.search(replay, NINETY, new SearchAxis("x", 0, 1, false), 1e-2)
                        .boundary())
                .isEqualTo(searched.boundary());
        assertThatThrownBy(() -> Bisection.search(replay, NINETY, new SearchAxis("x", 0, 1, false), 1e-3))
                .as("a finer search asks for points the runs do not have")
                .hasMessageContaining("was not run");
        assertThatThrownBy(() -> Bisection.search(replay, NINETY, new SearchAxis("x", 0, 2, false), 1e-2))
                .hasMessage("point [2.0] was not run");
        assertThatThrownBy(() -> new Replay(List.of(
                        new Evaluation(new double[] {0.5}, 0.9, true), new Evaluation(new double[] {0.5}, 0.8, false))))
                .hasMessageContaining("was run twice with different values, 0.9 and 0.8");
    }
}
