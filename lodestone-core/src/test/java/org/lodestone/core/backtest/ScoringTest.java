package org.lodestone.core.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Simulated values derived by hand from short paths, and the verdicts of two- and one-sided bands. */
class ScoringTest {

    private static ObservedMetric metric(MetricKind kind, int from, int to, OptionalDouble observed, Band band) {
        return new ObservedMetric(
                "m", kind, "hbm-wafer", List.of("KOR"), List.of(), from, to, observed, band, List.of("src"), "");
    }

    @Test
    void nodeOutputIsTheMeanOverThePeriodInPercent() {
        // days 1..3 of [1, 0.9, 0.8, 0.7, 1]: (0.9 + 0.8 + 0.7) / 3 = 0.8
        ObservedMetric m = metric(
                MetricKind.NODE_OUTPUT, 1, 3, OptionalDouble.of(85), Band.between(75, 90, Band.Basis.MEASUREMENT));

        MetricScore s = Scoring.score(m, new double[] {1, 0.9, 0.8, 0.7, 1});

        assertThat(s.simulated().getAsDouble()).isCloseTo(80, within(1e-9));
        assertThat(s.verdict()).isEqualTo(MetricScore.Verdict.INSIDE);
        assertThat(s.error().getAsDouble()).isCloseTo(-5, within(1e-9));
        assertThat(s.distanceToBand().getAsDouble()).isZero();
    }

    @Test
    void aNegativeControlIsOutsideWhenOutputFallsBelowItsFloor() {
        ObservedMetric m =
                metric(MetricKind.NODE_OUTPUT, 0, 3, OptionalDouble.of(108.3), Band.atLeast(97, Band.Basis.JUDGEMENT));

        MetricScore collapse = Scoring.score(m, new double[] {1, 0.9, 0.9, 0.9});
        MetricScore steady = Scoring.score(m, new double[] {1, 1, 1, 0.99});

        assertThat(collapse.verdict()).isEqualTo(MetricScore.Verdict.OUTSIDE);
        assertThat(collapse.simulated().getAsDouble()).isCloseTo(92.5, within(1e-9));
        assertThat(collapse.distanceToBand().getAsDouble()).isCloseTo(4.5, within(1e-9));
        assertThat(steady.verdict()).isEqualTo(MetricScore.Verdict.INSIDE);
        assertThat(steady.simulated().getAsDouble()).isCloseTo(99.75, within(1e-9));
    }

    @Test
    void firstStockOutDayCountsFromTheScenarioStartAndNeverIsInfinite() {
        ObservedMetric m = metric(
                MetricKind.FIRST_STOCKOUT_DAY, 2, 5, OptionalDouble.of(4), Band.between(3, 4, Band.Basis.MEASUREMENT));
        ObservedMetric never = metric(
                MetricKind.FIRST_STOCKOUT_DAY, 0, 3, OptionalDouble.empty(), Band.atLeast(3, Band.Basis.JUDGEMENT));
        ObservedMetric capped = metric(
                MetricKind.FIRST_STOCKOUT_DAY, 0, 3, OptionalDouble.empty(), Band.atMost(3, Band.Basis.JUDGEMENT));

        // a shortfall on day 1 lies before the period; the first in it is day 4
        MetricScore s = Scoring.score(m, new double[] {1, 0.5, 1, 1, 0.99, 0.9});

        assertThat(s.simulated().getAsDouble()).isEqualTo(4);
        assertThat(s.verdict()).isEqualTo(MetricScore.Verdict.INSIDE);
        assertThat(Scoring.score(never, new double[] {1, 1, 1, 1}).simulated().getAsDouble())
                .isInfinite();
        assertThat(Scoring.score(never, new double[] {1, 1, 1, 1}).verdict()).isEqualTo(MetricScore.Verdict.INSIDE);
        assertThat(Scoring.score(capped, new double[] {1, 1, 1, 1}).verdict()).isEqualTo(MetricScore.Verdict.OUTSIDE);
        assertThat(Scoring.score(never, new double[] {1, 1, 1, 1}).error()).isEmpty();
    }

    @Test
    void daysToRecoverRunFromTheFirstShortfallToLastingRecovery() {
        ObservedMetric m =
                metric(MetricKind.DAYS_TO_RECOVER, 0, 6, OptionalDouble.empty(), Band.atMost(4, Band.Basis.JUDGEMENT));

        // short on days 1, 2 and 4; back for good from day 5: 5 - 1 = 4 days
        assertThat(Scoring.score(m, new double[] {1, 0.7, 0.8, 1, 0.99, 1, 1})
                        .simulated()
                        .getAsDouble())
                .isEqualTo(4);
        assertThat(Scoring.score(m, new double[] {1, 1, 1, 1, 1, 1, 1})
                        .simulated()
                        .getAsDouble())
                .isZero();
        MetricScore stuck = Scoring.score(m, new double[] {1, 0.7, 0.8, 0.9, 0.9, 0.9, 0.9});
        assertThat(stuck.simulated().getAsDouble()).isInfinite();
        assertThat(stuck.verdict()).isEqualTo(MetricScore.Verdict.OUTSIDE);
        assertThat(stuck.distanceToBand()).isEmpty();
    }

    @Test
    void aFlowIsItsMeanOverThePeriodAndTheShareBlockedWhatDidNotMove() {
        ObservedMetric flow = flow(MetricKind.FLOW, Band.between(20, 30, Band.Basis.MEASUREMENT));
        ObservedMetric blocked = flow(MetricKind.SHARE_BLOCKED, Band.between(70, 80, Band.Basis.MEASUREMENT));
        // days 1-3 of (1, 0.5, 0, 0.25): mean 0.25
        double[] series = {1, 0.5, 0, 0.25, 1};

        MetricScore f = Scoring.score(flow, series);
        MetricScore b = Scoring.score(blocked, series);

        assertThat(f.simulated()).hasValue(25.0);
        assertThat(f.verdict()).isEqualTo(MetricScore.Verdict.INSIDE);
        assertThat(f.error()).hasValue(25.0 - 20);
        assertThat(b.simulated()).hasValue(75.0);
        assertThat(b.verdict()).isEqualTo(MetricScore.Verdict.INSIDE);
        assertThat(flow.subject()).isEqualTo("JPN->KOR photoresist");
    }

    @Test
    void aFlowAboveItsBaselineHasNothingBlocked() {
        ObservedMetric blocked = flow(MetricKind.SHARE_BLOCKED, Band.atLeast(50, Band.Basis.JUDGEMENT));

        MetricScore b = Scoring.score(blocked, new double[] {1, 2, 3, 1.5});

        assertThat(b.simulated()).hasValue(0.0);
        assertThat(b.verdict()).isEqualTo(MetricScore.Verdict.OUTSIDE);
    }

    private static ObservedMetric flow(MetricKind kind, Band band) {
        return new ObservedMetric(
                "f",
                kind,
                "photoresist",
                List.of("JPN"),
                List.of("KOR"),
                1,
                3,
                OptionalDouble.of(20),
                band,
                List.of("src"),
                "");
    }

    @Test
    void aRunThatStoppedBeforeThePeriodIsNotScored() {
        ObservedMetric m =
                metric(MetricKind.NODE_OUTPUT, 5, 6, OptionalDouble.empty(), Band.atLeast(97, Band.Basis.JUDGEMENT));

        assertThat(Scoring.score(m, new double[] {1, 1}).reason()).contains("stopped on day 2");
    }

    @Test
    void theScoreCountsInsideOverScoredAndListsTheRestApart() {
        ObservedMetric m =
                metric(MetricKind.NODE_OUTPUT, 0, 0, OptionalDouble.empty(), Band.atLeast(97, Band.Basis.JUDGEMENT));
        List<MetricScore> scores = List.of(
                MetricScore.of(m, 98),
                MetricScore.of(m, 96),
                MetricScore.of(m, 100),
                MetricScore.notScored(m, "no flows"));

        BacktestScore score = BacktestScore.of(scores);

        assertThat(score).isEqualTo(new BacktestScore(2, 3, 1));
        assertThat(score.line()).isEqualTo("2 of 3 metrics inside their bands (1 not scored yet)");
        assertThat(new BacktestScore(0, 0, 0).line()).isEqualTo("0 of 0 metrics inside their bands");
    }

    @Test
    void bandsAreInclusiveRejectNaNAndNeedABound() {
        Band band = Band.between(60, 90, Band.Basis.MEASUREMENT);

        assertThat(band.contains(60)).isTrue();
        assertThat(band.contains(90)).isTrue();
        assertThat(band.contains(90.01)).isFalse();
        assertThat(band.contains(Double.NaN)).isFalse();
        assertThat(band.text()).isEqualTo("60 to 90");
        assertThat(Band.atLeast(97.5, Band.Basis.JUDGEMENT).text()).isEqualTo(">= 97.5");
        assertThat(Band.atLeast(97, Band.Basis.JUDGEMENT).oneSided()).isTrue();
        assertThatThrownBy(() -> new Band(OptionalDouble.empty(), OptionalDouble.empty(), Band.Basis.JUDGEMENT))
                .hasMessageContaining("min, a max or both");
        assertThatThrownBy(() -> Band.between(5, 4, Band.Basis.MEASUREMENT)).hasMessageContaining("above max");
    }
}
