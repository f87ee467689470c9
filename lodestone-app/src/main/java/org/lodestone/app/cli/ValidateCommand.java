package org.lodestone.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lodestone.app.run.ScenarioRun;
import org.lodestone.app.run.ScenarioRuns;
import org.lodestone.app.run.TableSource;
import org.lodestone.app.table.TextTable;
import org.lodestone.core.model.Commodity;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.network.CommodityBalance;
import org.lodestone.io.dataset.DatasetLoader;
import org.lodestone.io.dataset.LoadedDataset;
import org.lodestone.io.problem.Problem;
import org.lodestone.io.scenario.LocatedScenario;
import org.lodestone.io.scenario.ScenarioLibrary;
import org.lodestone.io.scenario.ScenarioReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code lodestone validate PATH}: checks a dataset (and reports its supply/use balance), an MRIO
 * table, or a scenario file (read, then bound to its dataset).
 */
@Command(
        name = "validate",
        header = "Checks a dataset, MRIO table or scenario; prints each problem.",
        mixinStandardHelpOptions = true,
        description = {
            "Checks a dataset folder or bundled dataset, an MRIO folder (mrio:PATH, pymrio:PATH) or a scenario",
            "(a .yaml file or a bundled builtin:NAME scenario) and prints every problem with file:line:column;",
            "for a dataset, then the world supply/use balance of every commodity. Exits 2 if there is any error."
        })
final class ValidateCommand implements Callable<Integer> {

    /** A commodity whose supply and use differ by more than this fraction is marked in the balance. */
    static final double BALANCE_TOLERANCE = 0.05;

    @Parameters(
            paramLabel = "PATH",
            description = "A dataset folder, builtin:ai-stack, mrio:PATH, pymrio:PATH, a scenario "
                    + "file (.yaml) or a bundled scenario (builtin:NAME).")
    private String dataset;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (isScenario(dataset)) {
            validateScenario(out);
            return ExitCodes.OK;
        }
        if (dataset.startsWith("mrio:") || dataset.startsWith("pymrio:")) {
            IoTable table = TableSource.load(dataset, null).table();
            out.printf(
                    Locale.ROOT,
                    "%s: valid. %d regions x %d sectors = %d industries, %d final-demand columns, %d non-zero flows.%n",
                    dataset,
                    table.regions().size(),
                    table.sectors().size(),
                    table.size(),
                    table.finalDemandColumns().size(),
                    table.z().nonZeros());
            out.flush();
            return ExitCodes.OK;
        }
        LoadedDataset loaded = DatasetLoader.load(dataset);
        loaded.warnings().stream().map(Problem::format).forEach(out::println);
        var d = loaded.dataset();
        out.printf(
                Locale.ROOT,
                "%s (%s %s): valid. %d commodities, %d regions, %d groups, %d sources; "
                        + "%d nodes, %d links, %d recipe inputs; %d warnings.%n%n",
                loaded.reference(),
                d.info().id(),
                d.info().version(),
                d.commodities().size(),
                d.regions().size(),
                d.groups().size(),
                d.sources().size(),
                loaded.network().nodes().size(),
                loaded.network().links().size(),
                d.recipes().size(),
                loaded.warnings().size());
        out.print(balanceTable(loaded));
        out.flush();
        return ExitCodes.OK;
    }

    private static boolean isScenario(String reference) {
        if (reference.endsWith(".yaml") || reference.endsWith(".yml")) {
            return true;
        }
        String name = reference.startsWith(ScenarioLibrary.PREFIX)
                ? reference.substring(ScenarioLibrary.PREFIX.length())
                : null;
        return name != null
                && ScenarioLibrary.entries().stream().anyMatch(e -> e.name().equals(name));
    }

    /** Reads the scenario, loads its dataset and binds every event to it. */
    private void validateScenario(PrintWriter out) {
        Path file = Path.of(dataset);
        LocatedScenario located = ScenarioReader.read(file);
        var scenario = located.scenario();
        Path folder = dataset.startsWith(ScenarioLibrary.PREFIX)
                ? null
                : file.toAbsolutePath().getParent();
        TableSource source = TableSource.load(scenario.dataset(), folder);
        ScenarioRun bound = ScenarioRuns.check(located, source.table(), source.dataset());
        out.printf(
                Locale.ROOT,
                "%s: valid. Scenario %s: %d events bound to %s (%d industries), horizon %d steps%s.%n",
                dataset,
                scenario.name(),
                bound.events().size(),
                scenario.dataset(),
                source.table().size(),
                scenario.horizon(),
                scenario.start().map(d -> " from " + d).orElse(""));
        out.flush();
    }

    private static String balanceTable(LoadedDataset loaded) {
        var commodities = loaded.dataset().commoditiesById();
        TextTable table = new TextTable(
                List.of("commodity", "unit", "supply", "intermediate use", "final use", "surplus", "surplus %", ""),
                false,
                false,
                true,
                true,
                true,
                true,
                true,
                false);
        int outOfBalance = 0;
        for (CommodityBalance b : loaded.balances()) {
            Commodity c = commodities.get(b.commodity());
            boolean off = Math.abs(b.relativeSurplus()) > BALANCE_TOLERANCE;
            outOfBalance += off ? 1 : 0;
            table.add(List.of(
                    c.id().value(),
                    c.unit(),
                    number(b.supply()),
                    number(b.intermediateUse()),
                    number(b.finalUse()),
                    number(b.surplus()),
                    String.format(Locale.ROOT, "%.1f", 100 * b.relativeSurplus()),
                    off ? "*" : ""));
        }
        return "World supply and use per year (surplus = supply - use; surplus % of the larger of the two):\n"
                + table.render()
                + String.format(
                        Locale.ROOT,
                        "%d of %d commodities out of balance by more than %.0f%% (*).%n",
                        outOfBalance,
                        loaded.balances().size(),
                        100 * BALANCE_TOLERANCE);
    }

    private static String number(double value) {
        return Math.abs(value) >= 100
                ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%.4g", value);
    }
}
