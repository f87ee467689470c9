package org.lodestone.core.ario;

import java.util.Arrays;

/**
 * The rebuild block B of the demand matrix, stored sparsely: one entry per (supplier industry,
 * damaged industry of one event) that has rebuild demand. Holds the demand of the step and what
 * was delivered against it (ARIO-SPEC 4.1, 4.6, 4.9).
 */
final class RebuildDemand {

    private int size;
    private int[] row = new int[0];
    private double[] demand = new double[0];
    private double[] delivered = new double[0];

    /** Adds an entry for supplier {@code industry}; returns its id. */
    int add(int industry) {
        if (size == row.length) {
            int capacity = Math.max(8, size * 2);
            row = Arrays.copyOf(row, capacity);
            demand = Arrays.copyOf(demand, capacity);
            delivered = Arrays.copyOf(delivered, capacity);
        }
        row[size] = industry;
        return size++;
    }

    int size() {
        return size;
    }

    void clear() {
        Arrays.fill(demand, 0, size, 0);
    }

    void set(int entry, double value) {
        demand[entry] = value;
    }

    double delivered(int entry) {
        return delivered[entry];
    }

    /** Adds each entry's demand to its supplier's row sum. */
    void addRowSums(double[] rowSums) {
        for (int e = 0; e < size; e++) {
            rowSums[row[e]] += demand[e];
        }
    }

    /**
     * Proportional rationing of the rebuild entries: delivered = (B / D_tot) · x, 0 where D_tot = 0;
     * adds the deliveries to {@code deliveredBySupplier}.
     */
    void deliver(double[] totalDemand, double[] production, double[] deliveredBySupplier) {
        for (int e = 0; e < size; e++) {
            int i = row[e];
            delivered[e] = totalDemand[i] == 0 ? 0 : demand[e] / totalDemand[i] * production[i];
            deliveredBySupplier[i] += delivered[e];
        }
    }

    /** B = B − Bprod. */
    void subtractDelivered() {
        for (int e = 0; e < size; e++) {
            demand[e] -= delivered[e];
        }
    }
}
