package org.lodestone.core.parameter;

import java.util.ArrayList;
import java.util.List;
import org.lodestone.core.ario.ArioModel;
import org.lodestone.core.ario.ArioParameters;
import org.lodestone.core.ario.ArioRun;
import org.lodestone.core.ario.RunOutcome;
import org.lodestone.core.model.CommodityId;
import org.lodestone.core.model.Dataset;
import org.lodestone.core.model.DatasetFixture;
import org.lodestone.core.model.FinalStock;
import org.lodestone.core.model.InputSubstitution;
import org.lodestone.core.model.RegionId;
import org.lodestone.core.model.SpareCapacity;
import org.lodestone.core.model.SupplierQualification;
import org.lodestone.core.model.SupplyResponse;
import org.lodestone.core.mrio.DatasetTables;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.network.NetworkBuilder;
import org.lodestone.core.shock.Event;

/**
 * The small network the supply-response families are tested on: CHN and JPN each make 100 magnets
 * a year, USA makes 100 servers a year from one magnet each (essential) and a fan (not essential,
 * made in USA), all for USA's final buyers; CHN stops every magnet to USA from day 1 for good.
 */
final class SupplyNetwork {

    static final int HORIZON = 200;

    private SupplyNetwork() {}

    /** The network with no version-2 rows: no lags, spares or final stocks. */
    static Dataset bare() {
        return DatasetFixture.dataset("fan", "magnet", "server")
                .produce("magnet", "CHN", 100)
                .produce("magnet", "JPN", 100)
                .produce("fan", "USA", 100)
                .produce("server", "USA", 100)
                .recipe("server", "magnet", 1)
                .recipe("server", "fan", 1, false)
                .finalDemand("server", "USA", 100)
                .build();
    }

    /**
     * {@link #bare()} with a row of every version-2 file: (server, fan) 0.3 substitutable over 20
     * days, magnet buyers qualify in 90 days, JPN can add 0.5 of its magnets over 30 days, USA's
     * final buyers hold 10 days of servers.
     */
    static Dataset full() {
        Dataset d = bare();
        return new Dataset(
                d.info(),
                d.sources(),
                d.regions(),
                d.groups(),
                d.commodities(),
                d.production(),
                d.recipes(),
                d.finalDemand(),
                d.flows(),
                d.chokepoints(),
                d.routes(),
                List.of(new InputSubstitution(id("server"), id("fan"), 0.3, 20, DatasetFixture.SOURCE)),
                new SupplyResponse(
                        List.of(new SupplierQualification(id("magnet"), 90, DatasetFixture.SOURCE)),
                        List.of(new SpareCapacity(id("magnet"), RegionId.of("JPN"), 0.5, 30, DatasetFixture.SOURCE))),
                List.of(),
                List.of(new FinalStock(id("server"), RegionId.of("USA"), 10, DatasetFixture.SOURCE)));
    }

    static IoTable table(Dataset dataset) {
        return DatasetTables.of(dataset, NetworkBuilder.build(dataset));
    }

    /** CHN's magnets to USA's servers, blocked in full from day 1 for the whole horizon. */
    static List<Event> cut(IoTable table) {
        boolean[] buyers = new boolean[table.size()];
        buyers[table.indexOf("USA", "server")] = true;
        return List.of(new Event.ExportControl(
                new int[] {table.indexOf("CHN", "magnet")},
                buyers,
                new boolean[table.finalDemandColumns().size()],
                1.0,
                1,
                HORIZON,
                0,
                0));
    }

    /** Per step: USA's server output and the final demand unmet, summed over columns, in units. */
    static Run run(IoTable table) {
        Run run = new Run(new ArrayList<>(), new ArrayList<>());
        int server = table.indexOf("USA", "server");
        RunOutcome outcome = new ArioRun(ArioModel.of(table, ArioParameters.defaults()), cut(table))
                .run(HORIZON, step -> {
                    run.servers().add(step.production().get(server));
                    run.unmet().add(step.finalDemandUnmet().sum());
                });
        if (outcome.crashed()) {
            throw new AssertionError("run crashed: " + outcome.reason().orElse(""));
        }
        return run;
    }

    /** One run's series, per step. */
    record Run(List<Double> servers, List<Double> unmet) {

        double serversMade() {
            return servers.stream().mapToDouble(Double::doubleValue).sum();
        }

        double demandLost() {
            return unmet.stream().mapToDouble(Double::doubleValue).sum();
        }
    }

    private static CommodityId id(String value) {
        return CommodityId.of(value);
    }
}
