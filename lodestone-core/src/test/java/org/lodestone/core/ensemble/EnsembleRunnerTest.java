package org.lodestone.core.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.lodestone.core.shortfall.Role;
import org.lodestone.core.shortfall.ShortfallMetrics;
import org.lodestone.core.shortfall.UnitOutcome;
import org.lodestone.core.uncertainty.Distribution;
import org.lodestone.core.uncertainty.Uncertainty;
import org.lodestone.core.uncertainty.Variation;

/** Thread-count independence and associativity on a synthetic evaluator (the engine's is tested in the app). */
class EnsembleRunnerTest {

    static final EnsembleLayout LAYOUT = new EnsembleLayout(
            List.of("pax", "USA", "JPN"),
            List.of(Role.COALITION, Role.MEMBER, Role.MEMBER),
            List.of(true, true, false),
            List.of("chips", "power"),
            10,
            List.of("events[0].share-blocked", "model.psi"),
            0);
    static final MonteCarloDesign DESIGN = new MonteCarloDesign(
            new Uncertainty(
                    1,
                    42,
                    List.of(
                            new Variation("events[0].share-blocked", new Distribution.Uniform(0, 1)),
                            new Variation("model.psi", new Distribution.Triangular(0.5, 0.8, 1)))),
            200);

    /** Output falls by the blocked share for a number of days set by psi; JPN has no compute node. */
    static MemberOutcome synthetic(long member, double[] values) {
        double[] series = new double[10];
        int days = (int) Math.round(10 * values[1]);
        for (int t = 0; t < 10; t++) {
            series[t] = t > 0 && t < days ? 1 - values[0] : 1;
        }
        List<UnitOutcome.Loss> losses =
                values[0] > 0.5 ? List.of(new UnitOutcome.Loss("chips", 10 * values[0])) : List.of();
        UnitOutcome compute = new UnitOutcome(series, Optional.of(ShortfallMetrics.of(series)), losses);
        List<UnitOutcome> units =
                new ArrayList<>(List.of(compute, compute, new UnitOutcome(new double[0], Optional.empty(), List.of())));
        return new MemberOutcome(member, values, 10, member % 50 == 7, units);
    }

    @Test
    void theSummaryIsTheSameWhateverTheNumberOfThreads() {
        EnsembleSummary one = EnsembleRunner.run(LAYOUT, DESIGN, EnsembleRunnerTest::synthetic, 0, 200, 1, k -> {});
        EnsembleSummary three = EnsembleRunner.run(LAYOUT, DESIGN, EnsembleRunnerTest::synthetic, 0, 200, 3, k -> {});

        assertThat(three).isEqualTo(one);
        assertThat(one.members()).isEqualTo(200);
        assertThat(one.crashed()).isEqualTo(4);
        assertThat(one.summary(0, Metric.COMPUTE_DELIVERED)).isEqualTo(three.summary(0, Metric.COMPUTE_DELIVERED));
        assertThat(one.summary(2, Metric.COMPUTE_DELIVERED).count()).isZero();
        assertThat(one.bands(2)).isNull();
        assertThat(one.mostHitCounts(0)[0] + one.mostHitCounts(0)[2]).isEqualTo(200);
    }

    @Test
    void partsCombineToTheWholeInAnyGrouping() {
        EnsembleSummary whole = EnsembleRunner.run(LAYOUT, DESIGN, EnsembleRunnerTest::synthetic, 0, 200, 2, k -> {});
        EnsembleSummary a = EnsembleRunner.run(LAYOUT, DESIGN, EnsembleRunnerTest::synthetic, 0, 70, 1, k -> {});
        EnsembleSummary b = EnsembleRunner.run(LAYOUT, DESIGN, EnsembleRunnerTest::synthetic, 70, 131, 2, k -> {});
        EnsembleSummary c = EnsembleRunner.run(LAYOUT, DESIGN, EnsembleRunnerTest::synthetic, 131, 200, 1, k -> {});

        assertThat(a.combine(b).combine(c))
                .isEqualTo(a.combine(b.combine(c)))
                .isEqualTo(c.combine(a).combine(b))
                .isEqualTo(whole);
    }

    @Test
    void progressIsReportedOncePerMember() {
        AtomicLong count = new AtomicLong();
        EnsembleRunner.run(LAYOUT, DESIGN, EnsembleRunnerTest::synthetic, 0, 37, 2, k -> count.incrementAndGet());
        assertThat(count).hasValue(37);
    }

    @Test
    void aFailingMemberStopsTheRun() {
        MemberEvaluator failing = (member, values) -> {
            throw new IllegalArgumentException("member " + member + " refused");
        };
        assertThatThrownBy(() -> EnsembleRunner.run(LAYOUT, DESIGN, failing, 0, 10, 2, k -> {}))
                .hasMessageContaining("refused");
    }
}
