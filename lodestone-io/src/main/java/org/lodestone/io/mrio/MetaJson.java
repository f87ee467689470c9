package org.lodestone.io.mrio;

import java.util.Optional;
import java.util.Set;
import org.lodestone.io.problem.Problems;
import org.lodestone.io.yaml.YamlMap;

/**
 * The optional {@code meta.json} of an MRIO folder: a JSON object whose keys are
 * {@value #MONETARY_FACTOR} (the table's money unit, e.g. {@code 1000000} for millions), and the
 * free-text {@code name} and {@code description}. Other keys are errors. JSON is read with the YAML
 * reader (a JSON object is a YAML flow mapping), which locates every key and value.
 */
final class MetaJson {

    static final String FILE = "meta.json";
    static final String MONETARY_FACTOR = "monetary_factor";
    static final Set<String> KEYS = Set.of(MONETARY_FACTOR, "name", "description");

    private MetaJson() {}

    /** The monetary factor given by the file, if it gives a valid one; problems are recorded. */
    static Optional<Double> monetaryFactor(String file, String text, Problems problems) {
        Optional<YamlMap> meta = YamlMap.parse(file, text, problems);
        if (meta.isEmpty()) {
            return Optional.empty();
        }
        meta.get().rejectUnknownKeys(KEYS, problems);
        return meta.get().scalar(MONETARY_FACTOR, false, problems).flatMap(value -> {
            double factor = DecimalText.parse(value, 0, value.length());
            if (factor > 0 && Double.isFinite(factor)) {
                return Optional.of(factor);
            }
            problems.error(
                    meta.get().locationOf(MONETARY_FACTOR),
                    MONETARY_FACTOR,
                    value,
                    "is not a positive number",
                    "the table's money unit, e.g. 1000000 for millions",
                    "");
            return Optional.empty();
        });
    }

    /** The text of a meta.json giving the monetary factor. */
    static String write(double monetaryFactor) {
        StringBuilder text =
                new StringBuilder("{\n  \"").append(MONETARY_FACTOR).append("\": ");
        DecimalText.append(text, monetaryFactor);
        return text.append("\n}\n").toString();
    }
}
