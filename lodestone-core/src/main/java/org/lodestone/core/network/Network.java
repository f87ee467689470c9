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
 */
public final class Network {

    private final List<Node> nodes;
    private final List<Link> links;
    private final List<RecipeInput> recipes;
    private final Map<RegionId, Map<CommodityId, Integer>> index = new HashMap<>();

    /**
     * @param nodes   producers, {@code nodes.get(i).index() == i}, at most one per (region, commodity)
     * @param links   supply flows, in build order (by buyer, then input, then supplier region)
     * @param recipes inputs per unit of output
     */
    public Network(List<Node> nodes, List<Link> links, List<RecipeInput> recipes) {
        this.nodes = List.copyOf(nodes);
        this.links = List.copyOf(links);
        this.recipes = List.copyOf(recipes);
        for (int i = 0; i < this.nodes.size(); i++) {
            Node node = this.nodes.get(i);
            if (node.index() != i) {
                throw new IllegalArgumentException("node " + i + " carries index " + node.index());
            }
            if (index.computeIfAbsent(node.region(), r -> new HashMap<>()).putIfAbsent(node.commodity(), i) != null) {
                throw new IllegalArgumentException("two nodes produce " + node.commodity() + " in " + node.region());
            }
        }
    }

    /** Producers, indexed by {@link Node#index()}. */
    public List<Node> nodes() {
        return nodes;
    }

    /** Supply flows. */
    public List<Link> links() {
        return links;
    }

    /** Inputs per unit of output. */
    public List<RecipeInput> recipes() {
        return recipes;
    }

    /** The index of the node producing {@code commodity} in {@code region}, if any. O(1). */
    public OptionalInt nodeIndex(RegionId region, CommodityId commodity) {
        Objects.requireNonNull(commodity, "commodity");
        Integer i = index.getOrDefault(region, Map.of()).get(commodity);
        return i == null ? OptionalInt.empty() : OptionalInt.of(i);
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
                sums.computeIfAbsent(l.buyerRegion(), r -> new HashMap<>())
                        .merge(l.commodity(), l.quantityPerYear(), Double::sum);
            }
        }
        return sums;
    }
}
