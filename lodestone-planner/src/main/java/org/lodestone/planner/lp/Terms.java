package org.lodestone.planner.lp;

import java.util.Arrays;

/** Collects the terms {@code coefficient · x[variable]} of one row. */
public final class Terms {

    private int[] variables = new int[8];
    private double[] coefficients = new double[8];
    private int size;

    /** Adds {@code coefficient · x[variable]}; a zero coefficient is skipped. */
    public Terms add(int variable, double coefficient) {
        if (coefficient == 0) {
            return this;
        }
        if (size == variables.length) {
            variables = Arrays.copyOf(variables, size * 2);
            coefficients = Arrays.copyOf(coefficients, size * 2);
        }
        variables[size] = variable;
        coefficients[size] = coefficient;
        size++;
        return this;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    int[] variables() {
        return Arrays.copyOf(variables, size);
    }

    double[] coefficients() {
        return Arrays.copyOf(coefficients, size);
    }
}
