package org.lodestone.planner.supply;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.lodestone.planner.lp.LpModel;
import org.lodestone.planner.lp.Terms;

/**
 * The flexible supply of each product: extra output (α headroom and planned capacity) and the
 * part of the base output no order takes once restrictions block some buyers and the blocked
 * buyers re-order elsewhere ({@link Resourcing#spare}). Suppliers of one product that are blocked
 * from the same buyers share one pool; a buyer draws (variable q) from every pool not blocked
 * from it. A pool row reads Σ q ≤ Σ_{i in pool} (ye_i + spare_i · yb_i).
 */
final class Pools {

    private static final class Pool {
        final List<Integer> suppliers = new ArrayList<>();
        final Set<Integer> blocked;
        final Map<Integer, Terms> draws = new HashMap<>();

        Pool(Set<Integer> blocked) {
            this.blocked = blocked;
        }
    }

    private final SupplyNetwork net;
    private final Shocks shocks;
    private final Resourcing resourcing;
    private final Map<Integer, List<Integer>> buyers = new HashMap<>();
    private final Map<Integer, Map<Set<Integer>, Pool>> pools = new HashMap<>();

    Pools(SupplyNetwork net, Shocks shocks, Resourcing resourcing) {
        this.net = net;
        this.shocks = shocks;
        this.resourcing = resourcing;
        for (int j = 0; j < net.nodes(); j++) {
            for (SupplyNetwork.Input in : net.inputs(j)) {
                buyers.computeIfAbsent(in.product(), c -> new ArrayList<>()).add(j);
            }
        }
    }

    /** Puts an active supplier in the pool of its product and blocked buyers. */
    void supplier(int i) {
        int product = net.product(i);
        Set<Integer> blocked = new TreeSet<>();
        if (shocks.restricted(i)) {
            for (int j : buyers.getOrDefault(product, List.of())) {
                if (shocks.everBlocked(i, j)) {
                    blocked.add(j);
                }
            }
        }
        pools.computeIfAbsent(product, c -> new LinkedHashMap<>())
                .computeIfAbsent(blocked, Pool::new)
                .suppliers
                .add(i);
    }

    /** New draw variables of buyer j for the product in period t, one per pool not blocked from it. */
    List<Integer> draws(int product, int j, int t, LpModel lp, String prefix) {
        List<Integer> vars = new ArrayList<>();
        for (Pool pool : pools.getOrDefault(product, Map.of()).values()) {
            if (!pool.blocked.contains(j)) {
                int q = lp.variable(prefix + "q", 0, Double.POSITIVE_INFINITY);
                pool.draws.computeIfAbsent(t, x -> new Terms()).add(q, 1);
                vars.add(q);
            }
        }
        return vars;
    }

    /** Adds one row per pool and period that has draws. */
    void addRows(LpModel lp, String prefix, int[][] yb, int[][] ye) {
        for (Map<Set<Integer>, Pool> byProduct : pools.values()) {
            for (Pool pool : byProduct.values()) {
                for (Map.Entry<Integer, Terms> e : pool.draws.entrySet()) {
                    int t = e.getKey();
                    Terms terms = e.getValue();
                    for (int i : pool.suppliers) {
                        if (ye[t][i] >= 0) {
                            terms.add(ye[t][i], -1);
                        }
                        if (yb[t][i] >= 0 && resourcing.spare(i, t) > 0) {
                            terms.add(yb[t][i], -resourcing.spare(i, t));
                        }
                    }
                    lp.row(prefix + "pool", Double.NEGATIVE_INFINITY, 0, terms);
                }
            }
        }
    }
}
