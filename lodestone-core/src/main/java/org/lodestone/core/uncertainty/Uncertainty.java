package org.lodestone.core.uncertainty;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code uncertainty} block of a scenario: how many members an ensemble has by default, the
 * seed every draw derives from, and the inputs that vary.
 *
 * @param runs   default number of ensemble members (≥ 1)
 * @param seed   the seed; member k's draws depend only on (seed, k)
 * @param vary   the uncertain inputs, in file order, each path once
 */
public record Uncertainty(int runs, long seed, List<Variation> vary) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Members of an ensemble when neither the scenario nor the command says. */
    public static final int DEFAULT_RUNS = 1000;

    public Uncertainty {
        vary = List.copyOf(vary);
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be >= 1, was " + runs);
        }
        Set<String> paths = new HashSet<>();
        for (Variation v : vary) {
            if (!paths.add(v.path())) {
                throw new IllegalArgumentException("path " + v.path() + " is varied twice");
            }
        }
    }

    /** No uncertainty: seed 0, nothing varied. */
    public static Uncertainty none() {
        return new Uncertainty(DEFAULT_RUNS, 0, List.of());
    }

    /** The paths varied, in file order. */
    public List<String> paths() {
        return vary.stream().map(Variation::path).toList();
    }

    /** The same block with another seed. */
    public Uncertainty withSeed(long value) {
        return new Uncertainty(runs, value, vary);
    }
}
