package org.lodestone.app.reverse;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.lodestone.app.ensemble.EnsembleRequest;

/**
 * What reverse stress test to run.
 *
 * @param scenario  {@code builtin:NAME} or a scenario file
 * @param target    e.g. {@code compute-delivered>=90%}
 * @param vary      one or two field paths
 * @param ranges    for each path, {@code LOW:HIGH}, or empty for the default range (the uncertainty
 *                  block's distribution, else the field's own range when finite)
 * @param unit      the unit the target is for; the coalition when empty
 * @param points    grid points per axis (two inputs)
 * @param levels    grid refinements near the boundary (two inputs)
 * @param edgeSteps bisection steps along each crossing edge (two inputs)
 * @param tolerance bisection's final interval as a share of the range (one input)
 * @param threads   runs at once
 * @param out       the report folder
 * @param coalition the group reported for; the scenario's, else the dataset's, when empty
 * @param date      the date membership is evaluated on
 * @param progress  show a progress bar on a terminal
 * @param version     Lodestone's version
 * @param engine      where the points run: local threads, or Spark in local mode (one session for the whole search)
 * @param evaluations runs written by the Spark job {@code ReverseJob} to replay instead of running; empty to run
 */
public record ReverseRequest(
        String scenario,
        String target,
        List<String> vary,
        List<String> ranges,
        Optional<String> unit,
        int points,
        int levels,
        int edgeSteps,
        double tolerance,
        int threads,
        Path out,
        Optional<String> coalition,
        LocalDate date,
        boolean progress,
        String version,
        EnsembleRequest.Engine engine,
        Optional<Path> evaluations) {

    public ReverseRequest {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(target, "target");
        vary = List.copyOf(vary);
        ranges = List.copyOf(ranges);
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(evaluations, "evaluations");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
    }
}
