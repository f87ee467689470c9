package org.lodestone.app.stresstest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.lodestone.core.ario.StockOut;
import org.lodestone.core.mrio.IoTable;

/**
 * The first day each region's industries ran out of each input, from the engine's
 * {@link StockOut} events: an input whose stock fell below ψ of what the planned output needs, so
 * that it cut production (the stock need not be empty). Days, never quantities, so commodities of
 * different units sit side by side. One per run; the engine calls it from one thread.
 */
final class StockOutDays implements StockOut.Handler {

    /**
     * The first day a region (or the coalition's members together) ran out of one input.
     *
     * @param commodity the input, a commodity id
     * @param day       the first day, from the scenario's day 0
     */
    record First(String commodity, int day) {
        First {
            Objects.requireNonNull(commodity, "commodity");
        }
    }

    private final IoTable table;
    /** Per region: per commodity, the first day. */
    private final Map<String, Map<String, Integer>> byRegion = new HashMap<>();

    StockOutDays(IoTable table) {
        this.table = table;
    }

    @Override
    public void handle(StockOut stockOut) {
        String region = table.industries().get(stockOut.buyer()).region();
        String commodity = table.sectors().get(stockOut.product());
        byRegion.computeIfAbsent(region, r -> new TreeMap<>()).merge(commodity, stockOut.step(), Math::min);
    }

    /** The first stock-out of each input in any of {@code regions}, earliest first (ties by commodity). */
    List<First> of(Set<String> regions) {
        Map<String, Integer> first = new TreeMap<>();
        for (String region : regions) {
            byRegion.getOrDefault(region, Map.of()).forEach((c, day) -> first.merge(c, day, Math::min));
        }
        List<First> result = new ArrayList<>();
        first.forEach((c, day) -> result.add(new First(c, day)));
        result.sort(Comparator.comparingInt(First::day).thenComparing(First::commodity));
        return result;
    }
}
