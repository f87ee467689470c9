package org.lodestone.app.backtest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.lodestone.app.run.TableSource;
import org.lodestone.app.stresstest.Progress;
import org.lodestone.core.scenario.Scenario;
import org.lodestone.io.backtest.Episode;
import org.lodestone.io.backtest.EpisodeLibrary;
import org.lodestone.io.problem.InputException;
import org.lodestone.io.problem.Problems;
import org.lodestone.io.run.OutputFolder;
import org.lodestone.io.scenario.LocatedScenario;

/**
 * {@code lodestone backtest}: reads the episodes (every bundled one, or those named), binds each
 * to its dataset, reports every problem of every episode together before anything runs, replays
 * them one after the other and writes {@code index.html} (observed against simulated),
 * {@code backtest.csv}, {@code backtest.json} (and {@code backtest.xlsx} when asked) to a folder that
 * replaces {@code out} only when all are written.
 */
public final class BacktestUseCase {

    private BacktestUseCase() {}

    /**
     * @throws InputException for a bad episode, scenario or name (before anything is run or written)
     * @throws IOException if the files cannot be written; the previous folder is then left as it was
     */
    public static BacktestResult run(BacktestRequest request) throws IOException {
        long started = System.nanoTime();
        List<EpisodeRunner> runners = prepare(read(request.episodes()), request.threads(), request.psi());
        List<EpisodeResult> results = new ArrayList<>();
        try (Progress progress = Progress.of(
                "backtest",
                request.progress(),
                runners.stream().mapToLong(EpisodeRunner::steps).sum())) {
            for (EpisodeRunner runner : runners) {
                results.add(runner.run(progress.listener()));
            }
        }
        BacktestResult result = new BacktestResult(
                results,
                request.out().toAbsolutePath().normalize(),
                (System.nanoTime() - started) / 1e9,
                request.psi());
        write(result, request.workbook());
        return result;
    }

    /** Runs without writing anything: the regression guard's way in. */
    public static List<EpisodeResult> replay(List<String> episodes, int threads) {
        return replay(episodes, threads, OptionalDouble.empty());
    }

    /** {@link #replay(List, int)} as a calibration run with {@code psi}, when given. */
    public static List<EpisodeResult> replay(List<String> episodes, int threads, OptionalDouble psi) {
        List<EpisodeResult> results = new ArrayList<>();
        for (EpisodeRunner runner : prepare(read(episodes), threads, psi)) {
            results.add(runner.run(step -> {}));
        }
        return results;
    }

    private static List<Episode> read(List<String> references) {
        if (references.isEmpty()) {
            return EpisodeLibrary.readAll();
        }
        Problems problems = new Problems();
        List<Episode> episodes = new ArrayList<>();
        for (String reference : references) {
            try {
                episodes.add(EpisodeLibrary.open(reference));
            } catch (InputException e) {
                e.problems().forEach(problems::add);
            }
        }
        problems.throwIfErrors();
        return episodes;
    }

    private static List<EpisodeRunner> prepare(List<Episode> episodes, int threads, OptionalDouble psi) {
        Problems problems = new Problems();
        Map<String, TableSource> tables = new HashMap<>();
        List<EpisodeRunner> runners = new ArrayList<>();
        for (Episode episode : episodes) {
            Optional<TableSource> source = table(episode, tables, problems);
            source.flatMap(s -> EpisodeRunner.prepare(withPsi(episode, psi), s, threads, problems))
                    .ifPresent(runners::add);
        }
        problems.throwIfErrors();
        return runners;
    }

    /** The episode as a calibration run sees it: its scenario with {@code psi}, when given. */
    private static Episode withPsi(Episode episode, OptionalDouble psi) {
        if (psi.isEmpty()) {
            return episode;
        }
        LocatedScenario located = episode.scenario();
        Scenario scenario = located.scenario();
        return episode.withScenario(
                located.withScenario(scenario.withModel(scenario.model().withPsi(psi.getAsDouble()))));
    }

    private static Optional<TableSource> table(Episode episode, Map<String, TableSource> tables, Problems problems) {
        String reference = episode.scenario().scenario().dataset();
        Path folder = episode.scenario().file().getParent();
        String key = reference + "|" + folder;
        try {
            return Optional.of(tables.computeIfAbsent(key, k -> TableSource.load(reference, folder)));
        } catch (InputException e) {
            e.problems().forEach(problems::add);
            return Optional.empty();
        }
    }

    private static void write(BacktestResult result, boolean workbook) throws IOException {
        try (OutputFolder folder = OutputFolder.open(result.out())) {
            Files.writeString(folder.resolve("index.html"), BacktestPage.render(result), StandardCharsets.UTF_8);
            Files.writeString(
                    folder.resolve("backtest.csv"), BacktestTable.csv(result.episodes()), StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("backtest.json"), BacktestTable.json(result), StandardCharsets.UTF_8);
            if (workbook) {
                Files.write(folder.resolve(BacktestWorkbook.FILE), BacktestWorkbook.bytes(result));
            }
            folder.commit();
        }
    }
}
