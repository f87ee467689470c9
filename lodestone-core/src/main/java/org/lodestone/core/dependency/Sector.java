package org.lodestone.core.dependency;

import java.util.Objects;
import java.util.Optional;
import org.lodestone.core.model.Layer;
import org.lodestone.core.model.Stage;

/**
 * What the analytics know about one sector of a table: in a dataset, a commodity with its layer,
 * stage and physical unit; in an MRIO table, a sector measured in money, with no layer.
 *
 * @param id    the sector name of the table (the commodity id in a dataset)
 * @param name  display name
 * @param layer layer of the AI stack; empty for MRIO sectors
 * @param stage production stage; empty for MRIO sectors
 * @param unit  unit of one unit of output, e.g. {@code t REO} or {@code money x 1e6}
 */
public record Sector(String id, String name, Optional<Layer> layer, Optional<Stage> stage, String unit) {

    public Sector {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(unit, "unit");
    }
}
