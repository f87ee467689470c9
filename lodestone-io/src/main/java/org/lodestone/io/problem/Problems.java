package org.lodestone.io.problem;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one pass so that all of them are reported together; call
 * {@link #throwIfErrors()} at the end of the pass.
 */
public final class Problems {

    private final List<Problem> found = new ArrayList<>();

    public void add(Problem problem) {
        found.add(problem);
    }

    /** Records an error at a location. */
    public void error(Location at, String field, String value, String message, String expected, String hint) {
        add(new Problem(
                Problem.Severity.ERROR, at.file(), at.line(), at.column(), field, value, message, expected, hint));
    }

    /** Records a warning at a location. */
    public void warning(Location at, String field, String value, String message) {
        add(new Problem(Problem.Severity.WARNING, at.file(), at.line(), at.column(), field, value, message, "", ""));
    }

    public boolean hasErrors() {
        return found.stream().anyMatch(Problem::isError);
    }

    /** All problems so far, in the order found. */
    public List<Problem> all() {
        return List.copyOf(found);
    }

    /** The warnings so far. */
    public List<Problem> warnings() {
        return found.stream().filter(p -> !p.isError()).toList();
    }

    /** @throws InputException holding every problem if any of them is an error */
    public void throwIfErrors() {
        if (hasErrors()) {
            throw new InputException(found);
        }
    }
}
