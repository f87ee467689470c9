package org.lodestone.app.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.lodestone.app.run.ScenarioRun;
import org.lodestone.app.run.ScenarioRuns;
import org.lodestone.app.run.Scope;
import org.lodestone.core.model.Dataset;
import org.lodestone.core.model.Production;
import org.lodestone.core.model.Provenance;
import org.lodestone.core.model.Status;
import org.lodestone.core.mrio.DatasetTables;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.SparseMatrix;
import org.lodestone.core.network.NetworkBuilder;
import org.lodestone.core.shock.Event;
import org.lodestone.core.shortfall.ReportingUnits;
import org.lodestone.core.shortfall.ShortfallRecorder;
import org.lodestone.io.scenario.LocatedScenario;
import org.lodestone.planner.Plan;

/**
 * The simulated check of a plan: the dynamic engine run on each scenario without and with the
 * plan, AI compute delivered measured as the stress test measures it ({@link ShortfallRecorder},
 * coalition unit). The engine is used as it is: capacity built is added to the dataset's
 * production before the network and table are built (so it runs, and sells, from day 0), and a
 * stockpile becomes a stock-release event to its holder's producers that use the commodity, at
 * its release rate from day 1 until it is empty. Runs go one at a time, each engine on every
 * thread it is given.
 */
final class EngineCheck {

    private final Scope scope;
    private final int threads;

    /** @param threads engine threads of each run ({@code --threads}) */
    EngineCheck(Scope scope, int threads) {
        this.scope = scope;
        this.threads = threads;
    }

    /** AI compute delivered by the coalition in the scenario, a fraction of baseline, without the plan. */
    double before(LocatedScenario scenario) {
        return delivered(scenario, scope.dataset(), scope.table(), List.of());
    }

    /** The same with the plan's capacity and stockpiles. */
    double after(LocatedScenario scenario, Plan plan) {
        Dataset dataset = withCapacity(scope.dataset(), plan);
        IoTable table = DatasetTables.of(dataset, NetworkBuilder.build(dataset));
        return delivered(scenario, dataset, table, releases(table, plan));
    }

    /** The scenario bound to the dataset's table, on the check's engine threads, with {@code extra} events. */
    ScenarioRun bind(LocatedScenario scenario, Dataset dataset, IoTable table, List<Event> extra) {
        return ScenarioRuns.bind(scenario, table, Optional.of(dataset), threads).withEvents(extra);
    }

    private double delivered(LocatedScenario scenario, Dataset dataset, IoTable table, List<Event> extra) {
        ScenarioRun run = bind(scenario, dataset, table, extra);
        int horizon = scenario.scenario().horizon();
        ReportingUnits units = ReportingUnits.of(
                table,
                scope.coalition().id(),
                scope.members(),
                scope.finalCommodity().id().value());
        ShortfallRecorder recorder = new ShortfallRecorder(units, horizon);
        run.run(recorder);
        return recorder.outcome(0).compute().map(m -> m.delivered()).orElse(Double.NaN);
    }

    /** The dataset with each capacity built added to its region's production of the commodity. */
    static Dataset withCapacity(Dataset dataset, Plan plan) {
        List<Production> production = new ArrayList<>(dataset.production());
        for (Plan.Built b : plan.capacity()) {
            if (b.unitsPerYear() <= 0) {
                continue;
            }
            int row = -1;
            for (int n = 0; n < production.size(); n++) {
                Production p = production.get(n);
                if (p.region().equals(b.option().region())
                        && p.commodity().equals(b.option().commodity())) {
                    row = n;
                }
            }
            if (row >= 0) {
                Production p = production.get(row);
                production.set(
                        row,
                        new Production(p.commodity(), p.region(), p.unitsPerYear() + b.unitsPerYear(), p.provenance()));
            } else {
                production.add(new Production(
                        b.option().commodity(),
                        b.option().region(),
                        b.unitsPerYear(),
                        new Provenance(List.of(), Status.ASSUMED, "capacity built by the plan")));
            }
        }
        return new Dataset(
                dataset.info(),
                dataset.sources(),
                dataset.regions(),
                dataset.groups(),
                dataset.commodities(),
                production,
                dataset.recipes(),
                dataset.finalDemand(),
                dataset.flows(),
                dataset.chokepoints(),
                dataset.routes(),
                dataset.substitutions(),
                dataset.finalStocks());
    }

    /** One stock-release event per stockpile held: rate × size a day, from day 1 until it is empty. */
    static List<Event> releases(IoTable table, Plan plan) {
        List<Event> events = new ArrayList<>();
        for (Plan.Stocked s : plan.stockpiles()) {
            int product = Collections.binarySearch(
                    table.sectors(), s.option().commodity().value());
            int[] buyers = buyers(table, s.option().region().code(), product);
            if (s.units() <= 0 || product < 0 || buyers.length == 0) {
                continue;
            }
            double perDay = s.units() * s.option().releaseRate();
            events.add(new Event.StockRelease(buyers, product, perDay, 1, (int) Math.ceil(s.units() / perDay)));
        }
        return events;
    }

    /** Industries of {@code region} that buy {@code product}. */
    private static int[] buyers(IoTable table, String region, int product) {
        boolean[] buys = new boolean[table.size()];
        SparseMatrix z = table.z();
        for (int i = 0; i < table.size(); i++) {
            if (table.productOf(i) == product) {
                for (int e = z.rowStart()[i]; e < z.rowStart()[i + 1]; e++) {
                    buys[z.columns()[e]] |= z.values()[e] > 0;
                }
            }
        }
        int[] all = new int[table.size()];
        int n = 0;
        for (int j = 0; j < table.size(); j++) {
            if (buys[j] && table.industries().get(j).region().equals(region)) {
                all[n++] = j;
            }
        }
        return Arrays.copyOf(all, n);
    }
}
