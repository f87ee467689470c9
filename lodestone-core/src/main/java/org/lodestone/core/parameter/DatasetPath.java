package org.lodestone.core.parameter;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The path of one number of a dataset, as scenarios ({@code overrides}) and {@code uncertainty}
 * blocks name it: {@code dataset.FAMILY[KEY,KEY].FIELD}, e.g.
 * {@code dataset.substitution[server,ndfeb-magnet].substitutable}. The family is a dataset file's
 * stem ({@link DatasetFamily#name()}), the keys name its row in the order of the family's key
 * columns, comma-separated without spaces, and the field is one of its numeric columns.
 *
 * @param family the family, e.g. {@code substitution}
 * @param keys   the row's key values, e.g. {@code [server, ndfeb-magnet]}
 * @param field  the column, e.g. {@code substitutable}
 */
public record DatasetPath(String family, List<String> keys, String field) {

    /** Every dataset path starts with this. */
    public static final String PREFIX = "dataset.";

    private static final Pattern SYNTAX = Pattern.compile("dataset\\.([a-z0-9_-]+)\\[([^\\[\\]\\s]+)]\\.([a-z0-9_-]+)");

    public DatasetPath {
        Objects.requireNonNull(family, "family");
        keys = List.copyOf(keys);
        Objects.requireNonNull(field, "field");
    }

    /** True if {@code path} names a dataset number (starts with {@code dataset.}), well formed or not. */
    public static boolean isDatasetPath(String path) {
        return path.startsWith(PREFIX);
    }

    /**
     * Reads {@code path}'s syntax and checks its family, its number of keys and its field against
     * {@link DatasetFamilies}; whether the row exists is a question for the dataset
     * ({@link DatasetFamilies#check}).
     *
     * @throws Invalid saying which part is wrong and what would be valid
     */
    public static DatasetPath parse(String path) {
        Matcher m = SYNTAX.matcher(path);
        if (!m.matches()) {
            throw new Invalid(
                    "is not a dataset path",
                    "dataset.FAMILY[KEY,KEY].FIELD, keys without spaces, e.g. "
                            + "dataset.substitution[server,ndfeb-magnet].substitutable",
                    "",
                    Set.of());
        }
        DatasetFamily family = DatasetFamilies.find(m.group(1))
                .orElseThrow(() -> new Invalid(
                        "names no family of dataset parameters: " + m.group(1),
                        "one of " + String.join(", ", DatasetFamilies.names()),
                        m.group(1),
                        DatasetFamilies.names()));
        List<String> keys = List.of(m.group(2).split(",", -1));
        if (keys.size() != family.keys().size() || keys.stream().anyMatch(String::isEmpty)) {
            throw new Invalid(
                    "has " + keys.size() + " key(s) in [...] where " + family.name() + " rows have "
                            + family.keys().size(),
                    family.name() + "[" + String.join(",", family.keys()).toUpperCase(java.util.Locale.ROOT) + "]",
                    "",
                    Set.of());
        }
        if (family.field(m.group(3)).isEmpty()) {
            Set<String> fields = family.fieldNames();
            throw new Invalid(
                    "names no field of " + family.name() + ": " + m.group(3),
                    "one of " + String.join(", ", fields),
                    m.group(3),
                    fields);
        }
        return new DatasetPath(family.name(), keys, m.group(3));
    }

    /** The path as written: {@code dataset.FAMILY[KEY,KEY].FIELD}. */
    public String path() {
        return PREFIX + family + "[" + String.join(",", keys) + "]." + field;
    }

    /** The row's key values joined as the path writes them: {@code server,ndfeb-magnet}. */
    public String row() {
        return String.join(",", keys);
    }

    /**
     * A path that cannot name a dataset number.
     *
     * <p>{@link #getMessage()} says what is wrong; {@link #expected()} what would be valid;
     * {@link #misspelt()} is the part at fault when a hint can help, and {@link #valid()} the names
     * it could have been (for a "Maybe you meant …" hint).
     */
    public static final class Invalid extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        private final String expected;
        private final String misspelt;
        private final transient Set<String> valid;

        Invalid(String message, String expected, String misspelt, Set<String> valid) {
            super(message);
            this.expected = expected;
            this.misspelt = misspelt;
            this.valid = Set.copyOf(valid);
        }

        public String expected() {
            return expected;
        }

        public String misspelt() {
            return misspelt;
        }

        public Set<String> valid() {
            return valid;
        }
    }
}
