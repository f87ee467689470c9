package org.lodestone.io.backtest;

import java.util.List;
import java.util.Objects;
import org.lodestone.core.backtest.ObservedMetric;
import org.lodestone.io.problem.Location;
import org.lodestone.io.scenario.LocatedScenario;

/**
 * A historical episode as an episode file states it (docs/backtest-format.md): the scenario as it
 * was, the commodities the dataset must have to run it, what the dataset cannot express, the model
 * settings that differ from the defaults (each true at the time), the observed outcomes and their
 * sources.
 *
 * @param name      the episode's name ({@code builtin:NAME} for bundled ones)
 * @param title     one line saying what happened
 * @param file      the episode file as the user named it
 * @param scenario  the scenario, read and located
 * @param requires  commodities the dataset must have for the episode to run
 * @param gaps      what the dataset cannot express, free text
 * @param overrides model settings the scenario states, each with its source
 * @param metrics   the observed outcomes, each with where it was written
 * @param sources   every source the metrics and overrides cite
 */
public record Episode(
        String name,
        String title,
        String file,
        LocatedScenario scenario,
        List<String> requires,
        String gaps,
        List<StatedOverride> overrides,
        List<Metric> metrics,
        List<Source> sources) {

    public Episode {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(scenario, "scenario");
        gaps = gaps == null ? "" : gaps;
        requires = List.copyOf(requires);
        overrides = List.copyOf(overrides);
        metrics = List.copyOf(metrics);
        sources = List.copyOf(sources);
    }

    /** This episode with {@code value} as its scenario (a calibration run changes a model setting). */
    public Episode withScenario(LocatedScenario value) {
        return new Episode(name, title, file, value, requires, gaps, overrides, metrics, sources);
    }

    /**
     * An observed metric and where its entry starts in the episode file.
     *
     * @param observed the metric
     * @param needs    commodities the dataset must have to score it (it is listed, not scored, without them)
     * @param at       its {@code - id:} entry
     */
    public record Metric(ObservedMetric observed, List<String> needs, Location at) {

        public Metric {
            Objects.requireNonNull(observed, "observed");
            Objects.requireNonNull(at, "at");
            needs = List.copyOf(needs);
        }
    }

    /**
     * Where a value was published and where it was read.
     *
     * @param id        cited by metrics and overrides
     * @param publisher the original publisher (e.g. Reuters, KBS, TSMC)
     * @param title     the headline or document title
     * @param url       where it was read (often a republication)
     * @param date      publication date as written (ISO), empty when unknown
     */
    public record Source(String id, String publisher, String title, String url, String date) {

        public Source {
            Objects.requireNonNull(id, "id");
            publisher = publisher == null ? "" : publisher;
            title = title == null ? "" : title;
            url = url == null ? "" : url;
            date = date == null ? "" : date;
        }
    }

    /**
     * A model setting the scenario makes that was true at the time of the episode (not tuned to it).
     *
     * @param path   the setting's path ({@code model.inventory.photoresist})
     * @param source the id of the source that states it, or {@code assumed}
     * @param note   why it held then
     */
    public record StatedOverride(String path, String source, String note) {

        public StatedOverride {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(source, "source");
            note = note == null ? "" : note;
        }
    }
}
