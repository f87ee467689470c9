package org.lodestone.core.ario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A listener that keeps every per-step array a test wants to compare. */
final class Trajectories implements StepListener {

    final List<double[]> production = new ArrayList<>();
    final List<double[]> capacity = new ArrayList<>();
    final List<double[]> overproduction = new ArrayList<>();
    final List<double[]> intermediateDemand = new ArrayList<>();
    final List<double[]> finalDemand = new ArrayList<>();
    final List<double[]> finalDemandUndistributed = new ArrayList<>();
    final List<double[]> finalDemandUnmet = new ArrayList<>();
    final List<double[]> stocksTotal = new ArrayList<>();
    final List<double[]> limitingInputs = new ArrayList<>();

    @Override
    public void onStep(StepView step) {
        production.add(step.production().toArray());
        capacity.add(step.capacity().toArray());
        overproduction.add(step.overproduction().toArray());
        intermediateDemand.add(step.intermediateDemand().toArray());
        finalDemand.add(step.finalDemand().toArray());
        finalDemandUndistributed.add(step.finalDemandUndistributed().toArray());
        finalDemandUnmet.add(step.finalDemandUnmet().toArray());
        stocksTotal.add(step.inputStocksTotal().toArray());
        double[] limiting = new double[step.industries()];
        for (int i = 0; i < limiting.length; i++) {
            limiting[i] = step.limitingInputs().get(i);
        }
        limitingInputs.add(limiting);
    }

    /** Every series kept, by name, for comparing whole runs. */
    Map<String, List<double[]>> series() {
        Map<String, List<double[]>> all = new LinkedHashMap<>();
        all.put("production", production);
        all.put("capacity", capacity);
        all.put("overproduction", overproduction);
        all.put("intermediate demand", intermediateDemand);
        all.put("final demand", finalDemand);
        all.put("final demand undistributed", finalDemandUndistributed);
        all.put("final demand unmet", finalDemandUnmet);
        all.put("input stocks", stocksTotal);
        all.put("limiting inputs", limitingInputs);
        return all;
    }

    /** Asserts that {@code actual} is bitwise the run {@code expected} is, step by step and series by series. */
    static void assertIdentical(Trajectories actual, Trajectories expected, String what) {
        Map<String, List<double[]>> want = expected.series();
        actual.series().forEach((name, series) -> {
            assertThat(series).as("%s: steps of %s", what, name).hasSameSizeAs(want.get(name));
            for (int t = 0; t < series.size(); t++) {
                assertThat(series.get(t))
                        .as("%s: %s at step %d", what, name, t)
                        .containsExactly(want.get(name).get(t));
            }
        });
    }
}
