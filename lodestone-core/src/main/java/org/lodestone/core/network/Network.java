package org.lodestone.core.network;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import org.lodestone.core.model.CommodityId;
import org.lodestone.core.model.RecipeInput;
import org.lodestone.core.model.RegionId;

/**
 * The immutable supply network built from a dataset: producer nodes, the links between them and to
 * final demand, and the recipes that tie a node's output to its inputs.
 *
 * @param nodes   producers, {@code nodes.get(i).index() == i}
 * @param links   supply flows, in build order (by buyer, then input, then supplier region)
 * @param recipes inputs per unit of output
 */
public record Network(List<Node> nodes, List<Link> links, List<RecipeInput> recipes) {

    public Network {
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
        recipes = List.copyOf(recipes);
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).index() != i) {
                throw new IllegalArgumentException("node " + i + " carries index " + nodes.get(i).index());
            }
        }
    }

    /** The index of the node producing {@code commodity} in {@code region}, if any. */
    public OptionalInt nodeIndex(RegionId region, CommodityId commodity) {
        Objects.requireNonNull(region, "region");
        for (Node n : nodes) {
            if (n.region().equals(region) && n.commodity().equals(commodity)) {
                return OptionalInt.of(n.index());
            }
        }
        return OptionalInt.empty();
    }

    /** Sum of the quantities on links leaving each node, indexed like {@link #nodes()}. */
    public double[] deliveriesBySupplier() {
        double[] sums = new double[nodes.size()];
        for (Link l : links) {
            sums[l.supplier()] += l.quantityPerYear();
        }
        return sums;
    }

    /** Sum of link quantities per (buyer region, commodity) for links into final demand. */
    public Map<RegionId, Map<CommodityId, Double>> finalDeliveries() {
        Map<RegionId, Map<CommodityId, Double>> sums = new HashMap<>();
        for (Link l : links) {
            if (l.toFinalDemand()) {
                sums.computeIfAbsent(l.buyerRegion(), r -> new HashMap<>()).merge(l.commodity(), l.quantityPerYear(), Double::sum);
            }
        }
        return sums;
    }
}
