package org.lodestone.bench;

/**
 * A model of the bytes one ARIO step moves between memory and the cores, counted from the loops
 * of {@code ArioRun} and {@code FlowPasses} as they stand: each pass reads the CSR values and
 * columns of Z once ({@value #CSR_BYTES_PER_FLOW_PASS} bytes per flow, {@value #CSR_PASSES}
 * passes), and the product × industry (S × P) loops sweep
 * {@value #BYTES_PER_PRODUCT_INDUSTRY} bytes per (product, industry) cell: stock totals 8;
 * production constraint 25 (mask, aS, duration, stocks); clearing the delivery and denominator
 * accumulators 16; the gathers and scatters of the two passes 48 (need, den, add, denNext, then
 * need, den), counted once each; inventory update 48; orders 33. Per-industry vectors (about
 * {@value #BYTES_PER_INDUSTRY} bytes each step) are added; caches are ignored, so it is the
 * traffic of a step whose arrays do not fit in cache.
 *
 * @param flows                 non-zeros of Z
 * @param productIndustryCells  S × P
 * @param industries            P
 */
record StepTraffic(long flows, long productIndustryCells, long industries) {

    static final int CSR_BYTES_PER_FLOW_PASS = 12;
    static final int CSR_PASSES = 2;
    static final int BYTES_PER_PRODUCT_INDUSTRY = 178;
    static final int BYTES_PER_INDUSTRY = 200;

    /** Bytes of the CSR arrays of Z, streamed twice: the floor of any implementation of the step. */
    long csrBytes() {
        return (long) CSR_PASSES * CSR_BYTES_PER_FLOW_PASS * flows;
    }

    /** Bytes of the S × P arrays, as the engine sweeps them. */
    long productIndustryBytes() {
        return BYTES_PER_PRODUCT_INDUSTRY * productIndustryCells;
    }

    /** All bytes of the step. */
    long totalBytes() {
        return csrBytes() + productIndustryBytes() + BYTES_PER_INDUSTRY * industries;
    }
}
