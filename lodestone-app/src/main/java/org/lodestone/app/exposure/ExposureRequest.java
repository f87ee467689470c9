package org.lodestone.app.exposure;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the user asked {@code lodestone exposure} for, as typed: nothing is resolved against the
 * dataset yet ({@link AnalysisContext#resolve} does that, reporting every mistake).
 *
 * @param dataset   {@code builtin:NAME}, a dataset folder or {@code mrio:PATH}
 * @param view      the view
 * @param coalition a group id or a comma-separated list of region codes; empty for the default
 * @param date      the date membership is evaluated on
 * @param add       regions joining the coalition in a what-if
 * @param remove    regions leaving it
 * @param concern   a group id or region list for the countries of concern; empty for the
 *                  dataset's {@code concern} group if it has one
 * @param target    the final commodity (sector); empty for the dataset's, or all sectors of an MRIO
 * @param cut       {@code REGION:SECTOR} to show one extraction in detail; empty for the ranking
 * @param fraction  share of output cut, in [0, 1]
 * @param threshold chokepoint share of world output, in (0, 1)
 * @param top       rows of a ranking to show; 0 for all
 */
public record ExposureRequest(
        String dataset,
        ExposureView view,
        Optional<String> coalition,
        LocalDate date,
        List<String> add,
        List<String> remove,
        Optional<String> concern,
        Optional<String> target,
        Optional<String> cut,
        double fraction,
        double threshold,
        int top) {

    public ExposureRequest {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(coalition, "coalition");
        Objects.requireNonNull(date, "date");
        add = List.copyOf(add);
        remove = List.copyOf(remove);
        Objects.requireNonNull(concern, "concern");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(cut, "cut");
    }
}
