package org.lodestone.io.problem;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Bad input: every problem found in one pass over the input, each located. The CLI prints them and
 * exits with code 2.
 */
public final class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /** @param problems the problems found, at least one of them an error */
    public InputException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    /** A single located error. */
    public static InputException of(Problem problem) {
        return new InputException(List.of(problem));
    }

    /** Every problem, errors and warnings, in the order found. */
    public List<Problem> problems() {
        return problems;
    }

    /** The errors only. */
    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    private static String summary(List<Problem> problems) {
        return problems.stream().map(Problem::format).collect(Collectors.joining(System.lineSeparator()));
    }
}
