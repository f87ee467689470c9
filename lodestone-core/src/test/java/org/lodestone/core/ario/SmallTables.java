package org.lodestone.core.ario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lodestone.core.mrio.FinalDemandColumn;
import org.lodestone.core.mrio.Industry;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.SparseMatrix;
import org.lodestone.core.shock.Event;

/**
 * Hand-made physical tables for the market-event tests. Flows are given per step (one step per
 * table period), so X0 = x, Z0 = Z and F0 = Y exactly and expectations can be worked out by hand.
 * x is the row sum of [Z Y]; every final-demand column is category {@code final}.
 */
final class SmallTables {

    /** Steps a test runs unless it says otherwise. */
    static final int STEPS = 120;

    private SmallTables() {}

    /**
     * A table of {@code nodes} ("REGION/sector", sorted), one final-demand column per region in
     * {@code fdRegions} (sorted), and row-major dense {@code z} (P × P) and {@code y} (P × Q).
     */
    static IoTable table(List<String> nodes, List<String> fdRegions, double[] z, double[] y) {
        List<Industry> industries = new ArrayList<>();
        for (String node : nodes) {
            String[] parts = node.split("/");
            industries.add(new Industry(parts[0], parts[1]));
        }
        int p = nodes.size();
        int q = fdRegions.size();
        double[] x = new double[p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                x[i] += z[i * p + j];
            }
            for (int c = 0; c < q; c++) {
                x[i] += y[i * q + c];
            }
        }
        List<FinalDemandColumn> columns =
                fdRegions.stream().map(r -> new FinalDemandColumn(r, "final")).toList();
        return new IoTable(
                industries,
                columns,
                SparseMatrix.fromDense(p, p, z),
                SparseMatrix.fromDense(p, q, y),
                x,
                IoTable.Units.PHYSICAL,
                1,
                Optional.empty());
    }

    /**
     * The reference defaults (Psi model, alt orders, ψ 0.8, α 1 → 1.25 over 365 steps, restoration
     * over 60 steps) with {@code inventoryDays} of every input, one step per table period and one
     * thread.
     */
    static ArioParameters parameters(double inventoryDays) {
        return new ArioParameters(
                ArioParameters.Kind.PSI,
                ArioParameters.OrderType.ALT,
                1.0,
                1.25,
                365,
                inventoryDays,
                Map.of(),
                60,
                Map.of(),
                0.8,
                1,
                1,
                1);
    }

    /** Runs {@code steps} steps of {@code table} with {@code events}, keeping every step; fails if the run crashes. */
    static Trajectories run(IoTable table, ArioParameters parameters, List<Event> events, int steps) {
        Trajectories trajectories = new Trajectories();
        RunOutcome outcome = new ArioRun(ArioModel.of(table, parameters), events).run(steps, trajectories);
        if (outcome.crashed()) {
            throw new AssertionError("run crashed: " + outcome.reason().orElse(""));
        }
        return trajectories;
    }

    /** Per industry: true for the listed indices. */
    static boolean[] only(int size, int... indices) {
        boolean[] mask = new boolean[size];
        for (int i : indices) {
            mask[i] = true;
        }
        return mask;
    }
}
