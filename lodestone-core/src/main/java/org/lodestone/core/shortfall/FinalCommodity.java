package org.lodestone.core.shortfall;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lodestone.core.model.CommodityId;
import org.lodestone.core.model.Dataset;
import org.lodestone.core.model.Production;
import org.lodestone.core.model.RecipeInput;

/**
 * Finds the final commodity of a dataset: the commodity that recipes make but no recipe uses as
 * an input ({@code ai-compute} in {@code builtin:ai-stack}). When several qualify, the one with
 * the most commodities upstream of it (transitively) wins, ties broken by id.
 */
public final class FinalCommodity {

    private FinalCommodity() {}

    /** The final commodity, or empty when no produced commodity is made by a recipe and used by none. */
    public static Optional<CommodityId> of(Dataset dataset) {
        Set<CommodityId> inputs = new HashSet<>();
        Set<CommodityId> made = new HashSet<>();
        for (RecipeInput r : dataset.recipes()) {
            inputs.add(r.input());
            made.add(r.output());
        }
        Set<CommodityId> produced = new HashSet<>(
                dataset.production().stream().map(Production::commodity).toList());
        List<CommodityId> candidates = dataset.commodities().stream()
                .map(c -> c.id())
                .filter(c -> made.contains(c) && !inputs.contains(c) && produced.contains(c))
                .toList();
        return candidates.stream()
                .max(Comparator.comparingInt((CommodityId c) -> upstream(dataset, c))
                        .thenComparing(Comparator.comparing(CommodityId::value).reversed()));
    }

    /** Number of distinct commodities that go, through any chain of recipes, into {@code commodity}. */
    private static int upstream(Dataset dataset, CommodityId commodity) {
        Set<CommodityId> seen = new HashSet<>();
        Deque<CommodityId> queue = new ArrayDeque<>(List.of(commodity));
        while (!queue.isEmpty()) {
            CommodityId output = queue.pop();
            for (RecipeInput r : dataset.recipes()) {
                if (r.output().equals(output) && seen.add(r.input())) {
                    queue.push(r.input());
                }
            }
        }
        return seen.size();
    }
}
