package org.lodestone.core.model;

import java.util.Objects;

/**
 * A good or service of the stack. All quantities of it in a dataset are in {@link #unit()} per year.
 *
 * @param id    its id
 * @param name  display name
 * @param layer layer of the stack
 * @param stage production stage
 * @param unit  the physical unit of one unit, e.g. {@code t REO}
 * @param tradable false for goods and services used only where they are produced (grid
 *                 electricity, data-centre capacity)
 * @param finalMeasure true for an output the stress test reports per member (AI compute, each end
 *                     use): how much of it is still delivered, and its value at risk
 */
public record Commodity(
        CommodityId id, String name, Layer layer, Stage stage, String unit, boolean tradable, boolean finalMeasure) {

    public Commodity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(unit, "unit");
    }

    /** A commodity that is not a final measure. */
    public Commodity(CommodityId id, String name, Layer layer, Stage stage, String unit, boolean tradable) {
        this(id, name, layer, stage, unit, tradable, false);
    }

    /** A tradable commodity that is not a final measure. */
    public Commodity(CommodityId id, String name, Layer layer, Stage stage, String unit) {
        this(id, name, layer, stage, unit, true);
    }
}
