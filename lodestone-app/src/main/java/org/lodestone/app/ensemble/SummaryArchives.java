package org.lodestone.app.ensemble;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.lodestone.app.run.Scope;
import org.lodestone.core.ensemble.EnsembleSummary;
import org.lodestone.core.uncertainty.Uncertainty;
import org.lodestone.io.problem.InputException;
import org.lodestone.io.problem.Problem;
import org.lodestone.io.run.SummaryArchive;

/**
 * Reads the summaries Spark jobs wrote ({@code lodestone ensemble --summary A,B,...}) for one report:
 * each must be of this scenario file, dataset, coalition and date, and of one seed, and their members
 * disjoint; they are then combined into the whole ensemble.
 */
public final class SummaryArchives {

    private SummaryArchives() {}

    /**
     * The summaries combined, with the seed, seconds and cluster they record.
     *
     * @param summary the combined summary
     * @param seed    the seed every summary records
     * @param seconds the jobs' seconds added
     * @param cluster where they ran, when they record it
     */
    record Combined(EnsembleSummary summary, long seed, double seconds, Optional<Cluster> cluster) {}

    /**
     * The date and coalition a summary was run for: what {@code lodestone ensemble --summary} reports
     * on unless {@code --date} or {@code --coalition} is given (and must then agree).
     *
     * @param date      the date coalition membership was evaluated on
     * @param coalition the coalition's id
     */
    public record Recorded(LocalDate date, String coalition) {

        /** @throws InputException if {@code file} is not a summary, or does not record its date and coalition */
        public static Recorded of(Path file) {
            SummaryArchive archive = SummaryArchive.read(file);
            return new Recorded(recordedDate(archive, file), archive.require(SummaryArchive.COALITION, file));
        }
    }

    /**
     * Reads and combines {@code files}.
     *
     * @throws InputException naming the file for one that cannot be read, lacks its date or coalition,
     *     or is of another scenario file, dataset, coalition, date or seed, or overlaps another
     */
    static Combined combine(MemberSetup setup, Uncertainty uncertainty, List<Path> files) {
        EnsembleSummary total = null;
        String seed = null;
        double seconds = 0;
        Optional<Cluster> cluster = Optional.empty();
        for (Path file : files) {
            SummaryArchive archive = SummaryArchive.read(file);
            check(setup, uncertainty, archive, file);
            String s = archive.require(SummaryArchive.SEED, file);
            if (seed != null && !seed.equals(s)) {
                throw InputException.of(problem(
                        file,
                        "seed",
                        s,
                        "differs from the first summary's seed " + seed,
                        "summaries of one ensemble (one seed, disjoint members)"));
            }
            seed = s;
            seconds += Double.parseDouble(archive.header().getOrDefault("run_seconds", "0"));
            cluster = both(cluster, Cluster.of(archive.header()));
            try {
                total = total == null ? archive.summary() : total.combine(archive.summary());
            } catch (IllegalArgumentException e) {
                throw InputException.of(problem(
                        file,
                        "summary",
                        "",
                        "cannot be combined with the others: " + e.getMessage(),
                        "summaries of disjoint members of one ensemble"));
            }
        }
        return new Combined(total, Long.parseLong(seed), seconds, cluster);
    }

    /**
     * Refuses a summary of another scenario file, dataset, coalition or date than {@code setup}'s.
     *
     * @throws InputException naming {@code file}, what it records and what was asked for
     */
    static void check(MemberSetup setup, Uncertainty uncertainty, SummaryArchive archive, Path file) {
        Scope scope = setup.scope();
        String dataset =
                scope.dataset().info().id() + " " + scope.dataset().info().version();
        agree(file, SummaryArchive.DATASET, archive.require(SummaryArchive.DATASET, file), dataset, "");
        agree(
                file,
                SummaryArchive.COALITION,
                archive.require(SummaryArchive.COALITION, file),
                scope.coalition().id(),
                "omit --coalition to report for the coalition the job ran for");
        agree(
                file,
                SummaryArchive.DATE,
                recordedDate(archive, file).toString(),
                scope.date().toString(),
                "omit --date to report on the date the job ran for");
        String hash = archive.require(SummaryArchive.SCENARIO_HASH, file);
        if (!hash.equals(setup.scenario().hash())
                || !archive.summary().layout().equals(setup.layout(uncertainty.paths()))) {
            throw InputException.of(problem(
                    file,
                    "summary",
                    archive.header().getOrDefault(SummaryArchive.SCENARIO, ""),
                    "was computed for another scenario file or coalition than " + setup.reference(),
                    "a summary of this scenario, coalition and date"));
        }
    }

    private static void agree(Path file, String key, String recorded, String asked, String hint) {
        if (!recorded.equals(asked)) {
            throw InputException.of(new Problem(
                    Problem.Severity.ERROR,
                    file.toString(),
                    0,
                    0,
                    key,
                    recorded,
                    "is what the summary was run for, not " + asked,
                    "a summary run for " + key + " " + asked,
                    hint));
        }
    }

    private static LocalDate recordedDate(SummaryArchive archive, Path file) {
        String text = archive.require(SummaryArchive.DATE, file);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw InputException.of(
                    problem(file, SummaryArchive.DATE, text, "is not a date", "a date YYYY-MM-DD in the header"));
        }
    }

    private static Optional<Cluster> both(Optional<Cluster> first, Optional<Cluster> second) {
        return first.isEmpty() ? second : second.map(first.get()::and).or(() -> first);
    }

    private static Problem problem(Path file, String field, String value, String message, String expected) {
        return new Problem(Problem.Severity.ERROR, file.toString(), 0, 0, field, value, message, expected, "");
    }
}
