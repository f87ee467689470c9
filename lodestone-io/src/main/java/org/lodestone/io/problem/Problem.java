package org.lodestone.io.problem;

import java.util.Objects;

/**
 * One problem found in an input file, located to the character: {@code file:line:column}, the
 * field and the offending value, what was expected, and an optional hint.
 *
 * @param severity error (the input cannot be used) or warning
 * @param file     the file as the user named it, e.g. {@code data/production.csv}
 * @param line     1-based line, 0 when the problem concerns the whole file
 * @param column   1-based column, 0 when unknown
 * @param field    the column or key concerned, empty when none
 * @param value    the offending value as written, empty when none
 * @param message  what is wrong
 * @param expected what was expected, empty when obvious from the message
 * @param hint     a suggestion ("Maybe …"), empty when none
 */
public record Problem(
        Severity severity,
        String file,
        int line,
        int column,
        String field,
        String value,
        String message,
        String expected,
        String hint) {

    /** How bad a problem is. */
    public enum Severity {
        ERROR,
        WARNING
    }

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        field = field == null ? "" : field;
        value = value == null ? "" : value;
        expected = expected == null ? "" : expected;
        hint = hint == null ? "" : hint;
    }

    /** {@code file:line:column} (line and column left out when unknown). */
    public String location() {
        if (line <= 0) {
            return file;
        }
        return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }

    /**
     * One line for a terminal, e.g. {@code production.csv:12:23: error: quantity '-5' is negative;
     * expected a number >= 0}.
     */
    public String format() {
        StringBuilder text = new StringBuilder(location())
                .append(": ")
                .append(severity == Severity.ERROR ? "error" : "warning")
                .append(": ");
        if (!field.isEmpty()) {
            text.append(field).append(' ');
        }
        if (!value.isEmpty()) {
            text.append('\'').append(value).append("' ");
        }
        text.append(message);
        if (!expected.isEmpty()) {
            text.append("; expected ").append(expected);
        }
        if (!hint.isEmpty()) {
            text.append(". ").append(hint);
        }
        return text.toString();
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
