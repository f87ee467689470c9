package org.lodestone.app.ensemble;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.lodestone.app.run.ScenarioRuns;
import org.lodestone.app.run.Scope;
import org.lodestone.core.ensemble.EngineEvaluator;
import org.lodestone.core.ensemble.EnsembleLayout;
import org.lodestone.core.ensemble.Metric;
import org.lodestone.core.parameter.DatasetFamilies;
import org.lodestone.core.parameter.DatasetPath;
import org.lodestone.core.scenario.Scenario;
import org.lodestone.core.scenario.ScenarioFields;
import org.lodestone.core.shortfall.ReportingUnits;
import org.lodestone.core.shortfall.UnitValues;
import org.lodestone.io.scenario.LocatedScenario;
import org.lodestone.io.scenario.ScenarioLibrary;
import org.lodestone.io.scenario.ScenarioReader;

/**
 * What the runs of one scenario's members share: the scenario, the dataset with its table, the
 * coalition on the date, the reporting units and how members become runs
 * ({@link ScenarioRuns#members}). Loading binds the scenario once, so bad input is reported before
 * any member runs.
 */
public final class MemberSetup {

    private final String reference;
    private final LocatedScenario located;
    private final Scope scope;
    private final ReportingUnits units;
    private final UnitValues values;
    private final EngineEvaluator.Binder members;

    private MemberSetup(String reference, LocatedScenario located, Scope scope) {
        this.reference = reference;
        this.located = located;
        this.scope = scope;
        this.units = scope.reportingUnits();
        this.values = UnitValues.of(units, scope.dataset());
        this.members = ScenarioRuns.members(located, scope.table(), Optional.of(scope.dataset()));
    }

    /**
     * Reads {@code reference} ({@code builtin:NAME} or a scenario file) and loads its dataset.
     *
     * @param coalition the group reported for; the scenario's, else the dataset's default coalition, when empty
     * @param date      the date membership is evaluated on
     * @throws org.lodestone.io.problem.InputException for a bad scenario, dataset, coalition or event
     */
    public static MemberSetup load(String reference, Optional<String> coalition, LocalDate date) {
        LocatedScenario located = ScenarioReader.read(Path.of(reference));
        Scenario scenario = located.scenario();
        Scope scope = Scope.load(dataset(scenario.dataset(), located.file()), coalition.or(scenario::coalition), date);
        return new MemberSetup(reference, located, scope);
    }

    /** A relative dataset folder is taken beside the scenario file when it exists there. */
    private static String dataset(String reference, Path scenarioFile) {
        if (reference.contains(":") || reference.startsWith(ScenarioLibrary.PREFIX)) {
            return reference;
        }
        Path path = Path.of(reference);
        Path folder = scenarioFile.toAbsolutePath().getParent();
        return !path.isAbsolute() && folder != null && Files.exists(folder.resolve(path))
                ? folder.resolve(path).toString()
                : reference;
    }

    /** The scenario as given on the command line. */
    public String reference() {
        return reference;
    }

    public Scenario scenario() {
        return located.scenario();
    }

    public Scope scope() {
        return scope;
    }

    /** What each unit's final measures are worth (values.csv), as the members are valued. */
    public UnitValues values() {
        return values;
    }

    public ReportingUnits units() {
        return units;
    }

    /**
     * The value the scenario gives the field at {@code path}: its own, or for a dataset path it
     * does not override, the dataset's.
     *
     * @throws java.util.NoSuchElementException if the scenario has no such field
     */
    public double scenarioValue(String path) {
        double value = ScenarioFields.find(scenario(), path).orElseThrow().value();
        return Double.isNaN(value) && DatasetPath.isDatasetPath(path)
                ? DatasetFamilies.value(scope.dataset(), path).orElseThrow()
                : value;
    }

    /** What metric m measures here, with the dataset's price year for money: {@code USD 2024}. */
    public String unitOf(Metric m) {
        return layout(List.of()).unitOf(m);
    }

    /** The layout of a summary over these units with {@code inputs} varied. */
    public EnsembleLayout layout(List<String> inputs) {
        return EnsembleLayout.of(units, values, scenario().horizon(), inputs);
    }

    /** An evaluator of members that vary the fields at {@code inputs}; each member runs on one thread. */
    public EngineEvaluator evaluator(List<String> inputs) {
        return new EngineEvaluator(scenario(), inputs, units, values, members);
    }
}
