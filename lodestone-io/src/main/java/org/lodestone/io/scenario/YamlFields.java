package org.lodestone.io.scenario;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.lodestone.core.shock.EventField;
import org.lodestone.io.problem.Problems;
import org.lodestone.io.yaml.YamlMap;

/**
 * Typed reading of YAML values (scenario and plan files): each method checks one key, records a located problem when it is
 * wrong, and returns empty so that the rest of the file can still be checked.
 */
public final class YamlFields {

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("[-+]?\\d+");

    private final Problems problems;

    /** @param problems where each wrong value is recorded */
    public YamlFields(Problems problems) {
        this.problems = problems;
    }

    /** The text of a key. */
    public Optional<String> text(YamlMap map, String key, boolean required) {
        return map.scalar(key, required, problems);
    }

    /** A number in [min, max]; {@code Double.MIN_VALUE} as {@code min} means "greater than 0". */
    public OptionalDouble number(YamlMap map, String key, boolean required, double min, double max) {
        return min == Double.MIN_VALUE
                ? number(map, key, required, true, 0, max)
                : number(map, key, required, false, min, max);
    }

    /**
     * A real event number under its leaf key ({@code tau} for {@code recovery.tau}), checked
     * against the field's range.
     */
    public OptionalDouble real(YamlMap map, EventField field, boolean required) {
        return number(map, field.leaf(), required, field.minOpen(), field.min(), field.max());
    }

    /** A whole event number under its leaf key, checked against the field's lower bound. */
    public OptionalInt whole(YamlMap map, EventField field, boolean required) {
        return integer(map, field.leaf(), required, (int) field.min() + (field.minOpen() ? 1 : 0));
    }

    private OptionalDouble number(YamlMap map, String key, boolean required, boolean minOpen, double min, double max) {
        Optional<String> text = map.scalar(key, required, problems);
        if (text.isEmpty()) {
            return OptionalDouble.empty();
        }
        String value = text.get();
        String expected = expectedRange(minOpen, min, max);
        if (!NUMBER.matcher(value).matches()) {
            problems.error(map.locationOf(key), key, text.get(), "is not a number", expected, "");
            return OptionalDouble.empty();
        }
        double number = Double.parseDouble(value);
        if ((minOpen ? number <= min : number < min) || number > max) {
            problems.error(map.locationOf(key), key, text.get(), "is out of range", expected, "");
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(number);
    }

    /** An integer ≥ min. */
    public OptionalInt integer(YamlMap map, String key, boolean required, int min) {
        Optional<String> text = map.scalar(key, required, problems);
        if (text.isEmpty()) {
            return OptionalInt.empty();
        }
        if (!INTEGER.matcher(text.get()).matches() || text.get().length() > 9 || Integer.parseInt(text.get()) < min) {
            problems.error(
                    map.locationOf(key),
                    key,
                    text.get(),
                    "is not a valid whole number",
                    "a whole number >= " + min,
                    "");
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(text.get()));
    }

    /** One of {@code choices}. */
    public Optional<String> choice(YamlMap map, String key, boolean required, List<String> choices) {
        return map.scalar(key, required, problems).filter(value -> {
            if (choices.contains(value)) {
                return true;
            }
            problems.error(
                    map.locationOf(key),
                    key,
                    value,
                    "is not a known value",
                    "one of " + String.join(", ", choices),
                    "");
            return false;
        });
    }

    /** An ISO date. */
    public Optional<LocalDate> date(YamlMap map, String key, boolean required) {
        return map.scalar(key, required, problems).flatMap(value -> {
            try {
                return Optional.of(LocalDate.parse(value));
            } catch (DateTimeParseException e) {
                problems.error(
                        map.locationOf(key),
                        key,
                        value,
                        "is not a date",
                        "an ISO date YYYY-MM-DD",
                        "Use YYYY-MM-DD, e.g. 2026-03-01");
                return Optional.empty();
            }
        });
    }

    private static String expectedRange(boolean minOpen, double min, double max) {
        if (Double.isInfinite(min) && Double.isInfinite(max)) {
            return "a number";
        }
        String low = minOpen ? "> " + format(min) : ">= " + format(min);
        return Double.isInfinite(max) ? "a number " + low : "a number " + low + " and <= " + format(max);
    }

    private static String format(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
