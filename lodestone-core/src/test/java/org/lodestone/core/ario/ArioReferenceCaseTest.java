package org.lodestone.core.ario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.shock.Event;
import org.lodestone.core.shock.RecoveryCurve;

/**
 * Reproduces the published reference case (BoARIO 0.6.3, Psi model, alt orders): 30% of
 * R001/S002's capital destroyed at step 5 for 10 steps, then linear recovery over 30 steps,
 * on the synthetic 5 × 4 table; every expected file to 1e-6 relative.
 */
class ArioReferenceCaseTest {

    private static final double TOLERANCE = 1e-6;
    private static Trajectories run;
    private static SummaryRecorder summary;
    private static RunOutcome outcome;

    @BeforeAll
    static void simulate() {
        IoTable table = ReferenceCase.table();
        ArioParameters parameters = ArioParameters.defaults().withThreads(2);
        ArioModel model = ArioModel.of(table, parameters);
        int shocked = table.indexOf("R001", "S002");
        double impact = 0.3 * model.capital(shocked);
        Event event =
                new Event.CapitalRecovery(new int[] {shocked}, new double[] {impact}, 5, 10, RecoveryCurve.LINEAR, 30);
        run = new Trajectories();
        summary = new SummaryRecorder(new int[] {shocked});
        outcome = new ArioRun(model, List.of(event)).run(365, run.andThen(summary));
    }

    @Test
    void runsTheWholeHorizon() {
        assertThat(outcome.crashed()).isFalse();
        assertThat(outcome.steps()).isEqualTo(365);
    }

    @Test
    void productionRealised() {
        assertMatches("production_realised.csv", run.production);
    }

    @Test
    void productionCapacity() {
        assertMatches("production_capacity.csv", run.capacity);
    }

    @Test
    void overproduction() {
        assertMatches("overproduction.csv", run.overproduction);
    }

    @Test
    void intermediateDemand() {
        assertMatches("intermediate_demand.csv", run.intermediateDemand);
    }

    @Test
    void inputsStocksTotal() {
        assertMatches("inputs_stocks_total.csv", run.stocksTotal);
    }

    @Test
    void limitingInputsCount() {
        assertMatches("limiting_inputs_count.csv", run.limitingInputs);
    }

    @Test
    void finalDemandUnmet() {
        assertMatches("final_demand_unmet.csv", run.finalDemandUnmet);
    }

    @Test
    void summary() {
        List<double[]> rows = summary.rows().stream()
                .map(r -> new double[] {
                    r.totalProductionRel(),
                    r.shockedProductionRel(),
                    r.shockedCapacityRel(),
                    r.shockedOverproduction(),
                    r.finalDemandUnmetTotal(),
                    r.finalDemandUnmetShare(),
                    r.industriesInputLimited()
                })
                .toList();
        assertThat(ReferenceCase.header("summary.csv"))
                .containsExactly(
                        "total_production_rel",
                        "shocked_production_rel",
                        "shocked_capacity_rel",
                        "shocked_overproduction",
                        "final_demand_unmet_total",
                        "final_demand_unmet_share",
                        "n_industries_input_limited");
        assertMatches("summary.csv", rows);
    }

    /**
     * |actual − expected| ≤ 1e-6 · |expected|; for columns that sit at rounding noise around 0
     * (final demand unmet, and the summary), 1e-6 of the column's largest |value| over the run.
     */
    private static void assertMatches(String file, List<double[]> actual) {
        double[][] expected = ReferenceCase.expected(file);
        assertThat(actual).hasSize(expected.length);
        boolean nearZero = file.startsWith("final_demand_unmet") || file.equals("summary.csv");
        double[] scale = new double[expected[0].length];
        for (double[] row : expected) {
            for (int c = 0; c < row.length; c++) {
                scale[c] = Math.max(scale[c], Math.abs(row[c]));
            }
        }
        for (int t = 0; t < expected.length; t++) {
            for (int c = 0; c < expected[t].length; c++) {
                double e = expected[t][c];
                double a = actual.get(t)[c];
                double allowed = TOLERANCE * (nearZero ? Math.max(Math.abs(e), scale[c]) : Math.abs(e));
                if (!(Math.abs(a - e) <= allowed)) {
                    throw new AssertionError(String.format(
                            "%s step %d column %d: expected %.17g, got %.17g (relative %.3g)",
                            file, t, c, e, a, Math.abs(a - e) / Math.max(Math.abs(e), 1e-300)));
                }
            }
        }
    }
}
