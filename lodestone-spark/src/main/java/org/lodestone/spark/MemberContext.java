package org.lodestone.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.lodestone.core.ario.ArioRun;
import org.lodestone.core.binding.BoundEvents;
import org.lodestone.core.coalition.Group;
import org.lodestone.core.ensemble.EngineEvaluator;
import org.lodestone.core.ensemble.EnsembleLayout;
import org.lodestone.core.model.Dataset;
import org.lodestone.core.model.RegionId;
import org.lodestone.core.mrio.DatasetTables;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.shortfall.FinalCommodity;
import org.lodestone.core.shortfall.ReportingUnits;
import org.lodestone.core.shortfall.UnitValues;
import org.lodestone.io.dataset.DatasetLoader;
import org.lodestone.io.dataset.LoadedDataset;
import org.lodestone.io.problem.InputException;
import org.lodestone.io.problem.Problem;
import org.lodestone.io.scenario.LocatedScenario;
import org.lodestone.io.scenario.MemberBinding;
import org.lodestone.io.scenario.ScenarioReader;

/**
 * What a JVM builds once from a {@link MemberJob}: the scenario, the dataset and its table, the
 * reporting units and the member binding, hence the evaluator and the summary layout. Cached per
 * job, so every task of a job on an executor shares them (they are read-only).
 *
 * @param layout       the summary layout
 * @param units        the reporting units, coalition first
 * @param values       what each unit's final measures are worth
 * @param evaluator    runs one member
 * @param scenarioHash SHA-256 of the scenario file, as every result records it
 * @param coalition    the id of the group reported for (the one asked for, else the scenario's, else the dataset's default)
 * @param dataset      the dataset's id and version, as {@code ID VERSION}
 */
public record MemberContext(
        EnsembleLayout layout,
        ReportingUnits units,
        UnitValues values,
        EngineEvaluator evaluator,
        String scenarioHash,
        String coalition,
        String dataset) {

    private static final Map<String, MemberContext> CACHE = new ConcurrentHashMap<>();

    /** The context of {@code job}, built on first use in this JVM. */
    public static MemberContext of(MemberJob job) {
        return CACHE.computeIfAbsent(job.key(), k -> build(job));
    }

    private static MemberContext build(MemberJob job) {
        LocatedScenario located = scenario(job);
        LoadedDataset loaded = dataset(job);
        Dataset dataset = loaded.dataset();
        IoTable table = DatasetTables.of(dataset, loaded.network());
        String id = job.group()
                .or(located.scenario()::coalition)
                .orElse(dataset.info().defaultCoalition());
        Group group = dataset.group(id)
                .orElseThrow(() -> InputException.of(new Problem(
                        Problem.Severity.ERROR,
                        job.scenario(),
                        0,
                        0,
                        "coalition",
                        id,
                        "is not a group of dataset " + dataset.info().id(),
                        "a group of the dataset",
                        "")));
        ReportingUnits units = ReportingUnits.of(
                table,
                group.id(),
                group.membersOn(job.date()).stream().map(RegionId::code).toList(),
                FinalCommodity.of(dataset)
                        .orElseThrow(() -> new IllegalStateException(
                                "dataset " + dataset.info().id() + " has no final commodity"))
                        .value());
        MemberBinding binding = new MemberBinding(located, table, Optional.of(dataset));
        UnitValues values = UnitValues.of(units, dataset);
        return new MemberContext(
                EnsembleLayout.of(units, values, located.scenario().horizon(), job.inputs()),
                units,
                values,
                new EngineEvaluator(located.scenario(), job.inputs(), units, values, member -> {
                    BoundEvents bound = binding.bind(member);
                    return new ArioRun(bound.model(), bound.events());
                }),
                located.scenario().hash(),
                group.id(),
                dataset.info().id() + " " + dataset.info().version());
    }

    private static LocatedScenario scenario(MemberJob job) {
        if (job.text().isEmpty()) {
            return ScenarioReader.read(Path.of(job.scenario()));
        }
        try {
            Path folder = Files.createTempDirectory("lodestone-scenario");
            Path file = folder.resolve(Path.of(job.scenario()).getFileName().toString());
            Files.writeString(file, job.text().get(), StandardCharsets.UTF_8);
            return ScenarioReader.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the scenario for this executor", e);
        }
    }

    private static LoadedDataset dataset(MemberJob job) {
        if (job.datasetFiles().isEmpty()) {
            return DatasetLoader.load(job.dataset());
        }
        try {
            Path folder = Files.createTempDirectory("lodestone-dataset").resolve(job.dataset());
            for (Map.Entry<String, byte[]> f : job.datasetFiles().entrySet()) {
                Path file = folder.resolve(f.getKey());
                Files.createDirectories(file.getParent());
                Files.write(file, f.getValue());
            }
            return DatasetLoader.load(folder.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dataset for this executor", e);
        }
    }
}
