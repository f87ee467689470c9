package org.lodestone.core.model;

import java.util.Objects;

/**
 * How far an output can be made without one of its recipe inputs, and how fast: a row of
 * {@code substitution.csv} (dataset format version 2). Once the input falls short, the share of
 * the output that can be made without it rises linearly from 0 to {@code substitutable} over
 * {@code substitutionDays}; the output is then bounded by {@code s + (1 − s) × (what the input
 * allows)}. It overrides the pair's {@code essential} flag in {@code recipes.csv}.
 *
 * @param output           the commodity made
 * @param input            the recipe input it can partly do without
 * @param substitutable    share of the output that can be made without the input once
 *                         substitution is complete, in [0, 1]
 * @param substitutionDays days from the first shortfall of the input until that share is
 *                         reached, finite and ≥ 0 (0: at once)
 * @param provenance       where the two numbers come from
 */
public record InputSubstitution(
        CommodityId output, CommodityId input, double substitutable, double substitutionDays, Provenance provenance) {

    public InputSubstitution {
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(input, "input");
        if (!(substitutable >= 0 && substitutable <= 1)) {
            throw new IllegalArgumentException(
                    "substitutable share of " + output + " <- " + input + " must be in [0, 1], was " + substitutable);
        }
        if (!(substitutionDays >= 0) || Double.isInfinite(substitutionDays)) {
            throw new IllegalArgumentException("substitution days of " + output + " <- " + input
                    + " must be finite and >= 0, was " + substitutionDays);
        }
        Objects.requireNonNull(provenance, "provenance");
    }
}
