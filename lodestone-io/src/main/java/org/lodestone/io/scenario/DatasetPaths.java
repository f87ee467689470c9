package org.lodestone.io.scenario;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.lodestone.core.binding.Suggestions;
import org.lodestone.core.parameter.DatasetFamilies;
import org.lodestone.core.parameter.DatasetPath;
import org.lodestone.core.shock.EventField;
import org.lodestone.io.problem.Location;
import org.lodestone.io.problem.Problems;
import org.lodestone.io.yaml.YamlMap;

/**
 * Reads the dataset paths a scenario writes ({@code overrides} and {@code uncertainty.vary} keys,
 * docs/scenario-format.md): each checked for its syntax, family, keys and field, each problem at
 * the key's line and column, and each path's location kept, so that a row the dataset lacks
 * (found when the scenario is bound) is reported there too.
 */
final class DatasetPaths {

    private static final String OVERRIDES = "overrides";

    private final Map<String, Location> locations = new LinkedHashMap<>();
    private final Problems problems;

    DatasetPaths(Problems problems) {
        this.problems = problems;
    }

    /** Where each dataset path was written (the first place, if twice). */
    Map<String, Location> locations() {
        return locations;
    }

    /**
     * The field {@code path} (a key of {@code map}) sets, when it is a well-formed dataset path;
     * otherwise a located problem under {@code key} and empty.
     */
    Optional<EventField> check(YamlMap map, String path, String key) {
        try {
            EventField field = DatasetFamilies.field(path);
            locations.putIfAbsent(path, map.locationOfKey(path));
            return Optional.of(field);
        } catch (DatasetPath.Invalid e) {
            problems.error(
                    map.locationOfKey(path),
                    key,
                    path,
                    e.getMessage(),
                    e.expected(),
                    e.misspelt().isEmpty() ? "" : Suggestions.hint(e.misspelt(), e.valid()));
            return Optional.empty();
        }
    }

    /** The {@code overrides} block: dataset paths with the values this scenario gives them. */
    Map<String, Double> overrides(YamlMap block, YamlFields f) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (String path : block.keys()) {
            if (!DatasetPath.isDatasetPath(path)) {
                problems.error(
                        block.locationOfKey(path),
                        OVERRIDES,
                        path,
                        "is not a dataset path (model numbers and events are written in their own blocks)",
                        "dataset.FAMILY[KEY,KEY].FIELD, e.g. dataset.substitution[server,ndfeb-magnet].substitutable",
                        "");
                continue;
            }
            check(block, path, OVERRIDES)
                    .ifPresent(field -> f.number(block, path, true, field.min(), field.max())
                            .ifPresent(v -> values.put(path, v)));
        }
        return values;
    }
}
