package org.lodestone.planner.lp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A linear (or mixed-integer) program, independent of any solver library: variables with bounds,
 * rows {@code lower ≤ Σ a·x ≤ upper}, and a linear objective. Variables and rows are numbered in
 * the order they are added. Bounds may be ±∞. Not thread-safe; built once, then solved.
 */
public final class LpModel {

    private final List<String> names = new ArrayList<>();
    private double[] lower = new double[64];
    private double[] upper = new double[64];
    private boolean[] integer = new boolean[64];
    private double[] objective = new double[64];
    private final List<Row> rows = new ArrayList<>();
    private boolean maximise;

    /**
     * One row: {@code lower ≤ Σ coefficients[k] · x[variables[k]] ≤ upper}.
     *
     * @param name what the row stands for (used when reporting binding rows)
     */
    public record Row(String name, int[] variables, double[] coefficients, double lower, double upper) {}

    /** Adds a continuous variable in [lower, upper]; returns its index. */
    public int variable(String name, double lower, double upper) {
        int v = names.size();
        if (v == this.lower.length) {
            int n = v * 2;
            this.lower = Arrays.copyOf(this.lower, n);
            this.upper = Arrays.copyOf(this.upper, n);
            this.integer = Arrays.copyOf(this.integer, n);
            this.objective = Arrays.copyOf(this.objective, n);
        }
        names.add(name);
        this.lower[v] = lower;
        this.upper[v] = upper;
        return v;
    }

    /** Adds a 0/1 variable; returns its index. */
    public int binary(String name) {
        int v = variable(name, 0, 1);
        integer[v] = true;
        return v;
    }

    /** Adds a row; returns its index. Coefficients of repeated variables are summed by the solver. */
    public int row(String name, double lower, double upper, int[] variables, double[] coefficients) {
        if (variables.length != coefficients.length) {
            throw new IllegalArgumentException(
                    "row " + name + ": " + variables.length + " variables, " + coefficients.length + " coefficients");
        }
        rows.add(new Row(name, variables.clone(), coefficients.clone(), lower, upper));
        return rows.size() - 1;
    }

    /** Adds a row from a {@link Terms} collector. */
    public int row(String name, double lower, double upper, Terms terms) {
        return row(name, lower, upper, terms.variables(), terms.coefficients());
    }

    /** Sets the objective coefficient of a variable (0 by default). */
    public void objective(int variable, double coefficient) {
        objective[variable] = coefficient;
    }

    /** Maximise (true) or minimise (false, the default) the objective. */
    public void maximise(boolean value) {
        maximise = value;
    }

    /** Tightens a variable's bounds (used to fix decisions). */
    public void bounds(int variable, double lower, double upper) {
        this.lower[variable] = lower;
        this.upper[variable] = upper;
    }

    public boolean maximise() {
        return maximise;
    }

    public int variables() {
        return names.size();
    }

    public String name(int variable) {
        return names.get(variable);
    }

    public double lower(int variable) {
        return lower[variable];
    }

    public double upper(int variable) {
        return upper[variable];
    }

    public boolean integer(int variable) {
        return integer[variable];
    }

    public double objective(int variable) {
        return objective[variable];
    }

    /** True if some variable is integer (the model is a MIP). */
    public boolean hasIntegers() {
        for (int v = 0; v < names.size(); v++) {
            if (integer[v]) {
                return true;
            }
        }
        return false;
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }
}
