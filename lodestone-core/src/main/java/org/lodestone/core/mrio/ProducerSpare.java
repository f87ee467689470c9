package org.lodestone.core.mrio;

/**
 * The spare capacity of one industry of a table: its overproduction can reach
 * {@code 1 + spareShare} (instead of the model's {@code alpha-max}) with adjustment time
 * {@code rampDays} (instead of {@code alpha-tau}), ARIO-SPEC 4.2.
 *
 * @param industry   an index of {@link IoTable#industries()}
 * @param spareShare output it can add above its usual output, as a share of it, finite and ≥ 0
 * @param rampDays   adjustment time of its overproduction in steps (days), finite and ≥ 1
 */
public record ProducerSpare(int industry, double spareShare, double rampDays) {

    public ProducerSpare {
        if (industry < 0) {
            throw new IllegalArgumentException("industry must be >= 0, was " + industry);
        }
        if (!(spareShare >= 0) || Double.isInfinite(spareShare)) {
            throw new IllegalArgumentException("spare share must be finite and >= 0, was " + spareShare);
        }
        if (!(rampDays >= 1) || Double.isInfinite(rampDays)) {
            throw new IllegalArgumentException("ramp days must be finite and >= 1, was " + rampDays);
        }
    }
}
