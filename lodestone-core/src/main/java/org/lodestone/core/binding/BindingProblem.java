package org.lodestone.core.binding;

import java.util.Objects;

/**
 * Why part of a scenario does not bind to a table, by index: which event and, when one node of its
 * {@code at} is to blame, which node. The reader that knows where the scenario was written turns
 * the indices into a file, line and column.
 *
 * @param event    index of the event in the scenario, or {@link #SCENARIO} for the scenario as a whole
 * @param node     index of the node in the event's {@code at}, or {@link #WHOLE_EVENT}
 * @param field    the key at fault, e.g. {@code imposer}, {@code node}, {@code model.inventory}
 * @param value    its value
 * @param message  what is wrong, e.g. {@code is not a region of the table}
 * @param expected what would be valid
 * @param hint     a "Maybe …" suggestion, or empty
 */
public record BindingProblem(
        int event, int node, String field, String value, String message, String expected, String hint) {

    /** {@link #event} of a problem with the scenario as a whole (its model block). */
    public static final int SCENARIO = -1;
    /** {@link #node} of a problem with the event as a whole. */
    public static final int WHOLE_EVENT = -1;

    public BindingProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(hint, "hint");
        if (event < SCENARIO || node < WHOLE_EVENT || (event == SCENARIO && node != WHOLE_EVENT)) {
            throw new IllegalArgumentException("no event " + event + ", node " + node);
        }
    }

    /** A problem with event {@code event} as a whole. */
    static BindingProblem ofEvent(int event, String field, String value, String message, String expected, String hint) {
        return new BindingProblem(event, WHOLE_EVENT, field, value, message, expected, hint);
    }

    /** The problem as one line, without its location: {@code field 'value' message; expected …. hint}. */
    public String text() {
        String text = (field.isEmpty() ? "" : field + " ") + (value.isEmpty() ? "" : "'" + value + "' ") + message;
        text += expected.isEmpty() ? "" : "; expected " + expected;
        return hint.isEmpty() ? text : text + ". " + hint;
    }
}
