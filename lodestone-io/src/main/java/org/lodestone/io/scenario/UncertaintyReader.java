package org.lodestone.io.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.lodestone.core.binding.Suggestions;
import org.lodestone.core.parameter.DatasetPath;
import org.lodestone.core.scenario.Scenario;
import org.lodestone.core.scenario.ScenarioField;
import org.lodestone.core.scenario.ScenarioFields;
import org.lodestone.core.shock.EventField;
import org.lodestone.core.uncertainty.Distribution;
import org.lodestone.core.uncertainty.Uncertainty;
import org.lodestone.core.uncertainty.Variation;
import org.lodestone.io.problem.Location;
import org.lodestone.io.problem.Problems;
import org.lodestone.io.yaml.YamlMap;

/**
 * Reads a scenario's {@code uncertainty} block: {@code runs}, {@code seed} and {@code vary}, a
 * mapping from field paths to distributions (docs/scenario-format.md). Paths are checked against
 * the scenario's fields (an unknown path lists the valid ones), parameters against their
 * distribution, and every distribution against its field's range. Normal and log-normal
 * distributions are truncated to the field's range unless {@code min}/{@code max} narrow it.
 */
final class UncertaintyReader {

    private static final Set<String> KEYS = Set.of("runs", "seed", "vary");
    private static final Map<String, Set<String>> DIST_KEYS = Map.of(
            "uniform",
            Set.of("dist", "min", "max"),
            "triangular",
            Set.of("dist", "min", "mode", "max"),
            "normal",
            Set.of("dist", "mean", "sd", "min", "max"),
            "lognormal",
            Set.of("dist", "median", "sigma", "min", "max"),
            "choice",
            Set.of("dist", "values", "weights"));
    private static final Pattern LONG = Pattern.compile("[-+]?\\d{1,18}");
    private static final double INF = Double.POSITIVE_INFINITY;
    /** Up to this many varied inputs, every corner of their ranges is checked for combinations the scenario refuses. */
    private static final int CORNER_CHECK_LIMIT = 10;

    private final YamlFields f;
    private final Problems problems;
    private final DatasetPaths datasetPaths;

    UncertaintyReader(YamlFields f, Problems problems, DatasetPaths datasetPaths) {
        this.f = f;
        this.problems = problems;
        this.datasetPaths = datasetPaths;
    }

    /**
     * @param block    the {@code uncertainty} mapping
     * @param scenario the scenario read so far, when it had no error (paths are checked against it)
     */
    Uncertainty read(YamlMap block, Optional<Scenario> scenario) {
        block.rejectUnknownKeys(KEYS, problems);
        int runs = f.integer(block, "runs", false, 1).orElse(Uncertainty.DEFAULT_RUNS);
        long seed = seed(block);
        List<Variation> vary = new ArrayList<>();
        block.map("vary", problems).ifPresent(map -> {
            int before = problems.all().size();
            for (String path : map.keys()) {
                variation(map, path, scenario).ifPresent(vary::add);
            }
            if (problems.all().size() == before) {
                scenario.ifPresent(s -> checkCorners(s, vary, block.locationOfKey("vary")));
            }
        });
        return new Uncertainty(runs, seed, vary);
    }

    private long seed(YamlMap block) {
        Optional<String> text = f.text(block, "seed", false);
        if (text.isPresent() && !LONG.matcher(text.get()).matches()) {
            problems.error(
                    block.locationOf("seed"),
                    "seed",
                    text.get(),
                    "is not a whole number",
                    "a whole number (up to 18 digits)",
                    "");
            return 0;
        }
        return text.map(Long::parseLong).orElse(0L);
    }

    private Optional<Variation> variation(YamlMap vary, String path, Optional<Scenario> scenario) {
        Optional<ScenarioField> field;
        if (DatasetPath.isDatasetPath(path)) {
            Optional<EventField> datasetField = datasetPaths.check(vary, path, "vary");
            if (datasetField.isEmpty()) {
                return Optional.empty();
            }
            EventField d = datasetField.get();
            field = Optional.of(new ScenarioField(path, d.min(), d.minOpen(), d.max(), d.whole(), Double.NaN));
        } else {
            field = scenario.flatMap(s -> ScenarioFields.find(s, path));
        }
        if (scenario.isPresent() && field.isEmpty()) {
            Set<String> valid = new TreeSet<>(ScenarioFields.of(scenario.get()).stream()
                    .map(ScenarioField::path)
                    .toList());
            problems.error(
                    vary.locationOfKey(path),
                    "vary",
                    path,
                    "is not a numeric field of this scenario",
                    "one of " + String.join(", ", valid) + ", or a dataset path dataset.FAMILY[KEY,KEY].FIELD",
                    Suggestions.hint(path, valid));
        }
        Optional<YamlMap> spec = vary.map(path, problems);
        if (spec.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> dist = f.choice(spec.get(), "dist", true, List.of(Distribution.NAMES));
        if (dist.isEmpty()) {
            return Optional.empty();
        }
        spec.get().rejectUnknownKeys(DIST_KEYS.get(dist.get()), problems);
        Optional<Distribution> distribution = distribution(dist.get(), spec.get(), field);
        distribution.ifPresent(d -> field.ifPresent(fd -> checkRange(spec.get(), path, d, fd)));
        return field.isPresent() || scenario.isEmpty()
                ? distribution.map(d -> new Variation(path, d))
                : Optional.empty();
    }

    private Optional<Distribution> distribution(String dist, YamlMap spec, Optional<ScenarioField> field) {
        double fieldMin = field.map(ScenarioField::min).orElse(Double.NEGATIVE_INFINITY);
        double fieldMax = field.map(ScenarioField::max).orElse(INF);
        try {
            return switch (dist) {
                case "uniform" ->
                    all(number(spec, "min", true), number(spec, "max", true))
                            .map(v -> new Distribution.Uniform(v[0], v[1]));
                case "triangular" ->
                    all(number(spec, "min", true), number(spec, "mode", true), number(spec, "max", true))
                            .map(v -> new Distribution.Triangular(v[0], v[1], v[2]));
                case "normal" ->
                    all(
                                    number(spec, "mean", true),
                                    number(spec, "sd", true),
                                    bound(spec, "min", fieldMin),
                                    bound(spec, "max", fieldMax))
                            .map(v -> new Distribution.Normal(v[0], v[1], v[2], v[3]));
                case "lognormal" ->
                    all(
                                    number(spec, "median", true),
                                    number(spec, "sigma", true),
                                    bound(spec, "min", Math.max(0, fieldMin)),
                                    bound(spec, "max", fieldMax))
                            .map(v -> new Distribution.LogNormal(v[0], v[1], v[2], v[3]));
                default -> choice(spec);
            };
        } catch (IllegalArgumentException e) {
            problems.error(
                    spec.location(),
                    "dist",
                    dist,
                    "has inconsistent parameters: " + e.getMessage(),
                    expected(dist),
                    "");
            return Optional.empty();
        }
    }

    private Optional<Distribution> choice(YamlMap spec) {
        List<Double> values = numbers(spec, "values");
        List<Double> weights = spec.has("weights")
                ? numbers(spec, "weights")
                : values.stream().map(v -> 1.0).toList();
        if (!spec.has("values")) {
            problems.error(spec.location(), "key", "values", "is missing", "values: [a, b, ...]", "");
        }
        if (values.isEmpty() || values.size() != weights.size()) {
            if (spec.has("values") && !values.isEmpty()) {
                problems.error(
                        spec.locationOf("weights"),
                        "weights",
                        String.valueOf(weights.size()),
                        "does not match the number of values (" + values.size() + ")",
                        "one positive weight per value",
                        "");
            }
            return Optional.empty();
        }
        return Optional.of(new Distribution.Choice(
                values.stream().mapToDouble(Double::doubleValue).toArray(),
                weights.stream().mapToDouble(Double::doubleValue).toArray()));
    }

    private void checkRange(YamlMap spec, String path, Distribution d, ScenarioField field) {
        boolean ok = d instanceof Distribution.Choice c
                ? Arrays.stream(c.values()).allMatch(v -> field.allows(v) && (!field.integer() || v == Math.rint(v)))
                : field.allowsSupport(d.min(), d.max());
        if (!ok) {
            problems.error(
                    spec.location(),
                    path,
                    d.describe(),
                    "gives values outside the field's range",
                    (field.integer() ? "" : "values in ") + field.range(),
                    "");
        }
    }

    /**
     * Applies every combination of the ends of the varied ranges: finds combinations the scenario
     * refuses, such as a start + duration beyond the horizon or an alpha-max below alpha-base.
     */
    private void checkCorners(Scenario scenario, List<Variation> vary, Location where) {
        int n = Math.min(vary.size(), CORNER_CHECK_LIMIT);
        List<String> paths = vary.stream().map(Variation::path).toList();
        for (long corner = 0; corner < 1L << n; corner++) {
            double[] values = new double[vary.size()];
            for (int k = 0; k < values.length; k++) {
                Distribution d = vary.get(k).distribution();
                values[k] = k < n && (corner >> k & 1) == 1 ? d.max() : d.min();
            }
            try {
                ScenarioFields.apply(scenario, paths, values);
            } catch (IllegalArgumentException e) {
                problems.error(
                        where,
                        "vary",
                        "",
                        "allows a combination the scenario refuses: " + e.getMessage(),
                        "ranges that are valid together",
                        "Maybe narrow the ranges");
                return;
            }
        }
    }

    private OptionalDouble number(YamlMap spec, String key, boolean required) {
        return f.number(spec, key, required, Double.NEGATIVE_INFINITY, INF);
    }

    /** An optional truncation bound, {@code fallback} when absent; {@code inf} and {@code -inf} allowed. */
    private OptionalDouble bound(YamlMap spec, String key, double fallback) {
        Optional<String> text = spec.scalar(key, false, problems);
        if (text.isEmpty()) {
            return OptionalDouble.of(fallback);
        }
        if (Set.of("inf", "+inf", "-inf").contains(text.get())) {
            return OptionalDouble.of(text.get().startsWith("-") ? Double.NEGATIVE_INFINITY : INF);
        }
        return number(spec, key, false);
    }

    private List<Double> numbers(YamlMap spec, String key) {
        List<Double> out = new ArrayList<>();
        for (String text : spec.listOfScalars(key, problems)) {
            try {
                out.add(Double.parseDouble(text));
            } catch (NumberFormatException e) {
                problems.error(spec.locationOf(key), key, text, "is not a number", "a list of numbers", "");
                return List.of();
            }
        }
        return out;
    }

    private static Optional<double[]> all(OptionalDouble... values) {
        double[] out = new double[values.length];
        for (int n = 0; n < values.length; n++) {
            if (values[n].isEmpty()) {
                return Optional.empty();
            }
            out[n] = values[n].getAsDouble();
        }
        return Optional.of(out);
    }

    private static String expected(String dist) {
        return switch (dist) {
            case "uniform" -> "min < max";
            case "triangular" -> "min <= mode <= max, min < max";
            case "normal" -> "sd > 0, min < max, and some probability between min and max";
            case "lognormal" -> "median > 0, sigma > 0, 0 <= min < max";
            default -> "numbers, with positive weights";
        };
    }
}
