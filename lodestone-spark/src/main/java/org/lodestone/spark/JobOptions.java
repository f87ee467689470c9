package org.lodestone.spark;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The command line of a Spark job: one positional argument (the scenario) and {@code --name value} options. */
final class JobOptions {

    private final Map<String, String> values;

    private JobOptions(Map<String, String> values) {
        this.values = values;
    }

    /**
     * @param required options that must be given
     * @param usage    the job's usage line, shown when the line does not parse
     * @throws IllegalArgumentException with the usage line
     */
    static JobOptions parse(String[] args, List<String> required, String usage) {
        Map<String, String> o = new HashMap<>();
        List<String> positional = new ArrayList<>();
        for (int k = 0; k < args.length; k++) {
            if (args[k].startsWith("--")) {
                if (k + 1 >= args.length) {
                    throw new IllegalArgumentException("option " + args[k] + " needs a value; usage: " + usage);
                }
                o.put(args[k], args[++k]);
            } else {
                positional.add(args[k]);
            }
        }
        if (positional.size() != 1 || !o.keySet().containsAll(required)) {
            throw new IllegalArgumentException("usage: " + usage);
        }
        o.put("scenario", positional.get(0));
        return new JobOptions(o);
    }

    /** Every option by name, with the scenario under {@code scenario}. */
    Map<String, String> asMap() {
        return new HashMap<>(values);
    }

    /** The scenario, as given. */
    String scenario() {
        return values.get("scenario");
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    /** The option's value, or null when not given. */
    String get(String name) {
        return values.get(name);
    }

    String get(String name, String otherwise) {
        return values.getOrDefault(name, otherwise);
    }

    /** @throws IllegalArgumentException naming the option when the value is not a whole number */
    int integer(String name, int otherwise) {
        try {
            return has(name) ? Integer.parseInt(get(name).trim()) : otherwise;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option " + name + ": '" + get(name) + "' is not a whole number");
        }
    }

    /** @throws IllegalArgumentException naming the option when the value is not a number */
    double number(String name, double otherwise) {
        try {
            return has(name) ? Double.parseDouble(get(name).trim()) : otherwise;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option " + name + ": '" + get(name) + "' is not a number");
        }
    }

    /** @throws IllegalArgumentException naming the option when the value is not a date */
    LocalDate date(String name, LocalDate otherwise) {
        try {
            return has(name) ? LocalDate.parse(get(name).trim()) : otherwise;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("option " + name + ": '" + get(name) + "' is not a date YYYY-MM-DD");
        }
    }

    /** A comma-separated list, trimmed; empty when not given. */
    List<String> list(String name) {
        return has(name)
                ? List.of(get(name).split(",", -1)).stream().map(String::trim).toList()
                : List.of();
    }
}
