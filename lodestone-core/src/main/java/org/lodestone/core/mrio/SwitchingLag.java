package org.lodestone.core.mrio;

/**
 * The supplier qualification lag of one product of a table: under a restriction, the share of
 * the blocked volume that buyers of the product re-order from suppliers no restriction touches
 * rises linearly from 0 to 1 over {@code days} steps, counted per (product, buyer) from the first
 * step the restriction blocks it; final buyers of the product switch along the same lag (see
 * {@code docs/engine.md}, "Supplier qualification and spare capacity"). A product without one
 * keeps version 1: industries re-order at once, final buyers never.
 *
 * @param sector the product, an index of {@link IoTable#sectors()}
 * @param days   steps (days) until the whole blocked volume can be re-ordered, finite and ≥ 0
 */
public record SwitchingLag(int sector, double days) {

    public SwitchingLag {
        if (sector < 0) {
            throw new IllegalArgumentException("sector must be >= 0, was " + sector);
        }
        if (!(days >= 0) || Double.isInfinite(days)) {
            throw new IllegalArgumentException("switching days must be finite and >= 0, was " + days);
        }
    }
}
