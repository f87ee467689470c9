package org.lodestone.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lodestone.app.table.TextTable;
import org.lodestone.core.model.Commodity;
import org.lodestone.core.network.CommodityBalance;
import org.lodestone.io.dataset.DatasetLoader;
import org.lodestone.io.dataset.LoadedDataset;
import org.lodestone.io.problem.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code lodestone validate PATH}: checks a dataset and reports its supply/use balance. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {"Checks a dataset folder or bundled dataset and prints every problem with file:line:column,",
                "then the world supply/use balance of every commodity. Exits 2 if there is any error."})
final class ValidateCommand implements Callable<Integer> {

    /** A commodity whose supply and use differ by more than this fraction is marked in the balance. */
    static final double BALANCE_TOLERANCE = 0.05;

    @Parameters(paramLabel = "PATH", description = "A dataset folder, or builtin:NAME (builtin:ai-stack).")
    private String dataset;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        LoadedDataset loaded = DatasetLoader.load(dataset);
        PrintWriter out = spec.commandLine().getOut();
        loaded.warnings().stream().map(Problem::format).forEach(out::println);
        var d = loaded.dataset();
        out.printf(Locale.ROOT, "%s (%s %s): valid. %d commodities, %d regions, %d groups, %d sources; "
                        + "%d nodes, %d links, %d recipe inputs; %d warnings.%n%n",
                loaded.reference(), d.info().id(), d.info().version(), d.commodities().size(), d.regions().size(),
                d.groups().size(), d.sources().size(), loaded.network().nodes().size(), loaded.network().links().size(),
                d.recipes().size(), loaded.warnings().size());
        out.print(balanceTable(loaded));
        out.flush();
        return ExitCodes.OK;
    }

    private static String balanceTable(LoadedDataset loaded) {
        var commodities = loaded.dataset().commoditiesById();
        TextTable table = new TextTable(List.of("commodity", "unit", "supply", "intermediate use", "final use", "surplus", "surplus %", ""),
                false, false, true, true, true, true, true, false);
        int outOfBalance = 0;
        for (CommodityBalance b : loaded.balances()) {
            Commodity c = commodities.get(b.commodity());
            boolean off = Math.abs(b.relativeSurplus()) > BALANCE_TOLERANCE;
            outOfBalance += off ? 1 : 0;
            table.add(List.of(c.id().value(), c.unit(), number(b.supply()), number(b.intermediateUse()), number(b.finalUse()),
                    number(b.surplus()), String.format(Locale.ROOT, "%.1f", 100 * b.relativeSurplus()), off ? "*" : ""));
        }
        return "World supply and use per year (surplus = supply - use; surplus % of the larger of the two):\n"
                + table.render()
                + String.format(Locale.ROOT, "%d of %d commodities out of balance by more than %.0f%% (*).%n",
                        outOfBalance, loaded.balances().size(), 100 * BALANCE_TOLERANCE);
    }

    private static String number(double value) {
        return Math.abs(value) >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.4g", value);
    }
}
