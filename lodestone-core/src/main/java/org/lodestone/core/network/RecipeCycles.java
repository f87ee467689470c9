package org.lodestone.core.network;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lodestone.core.model.CommodityId;
import org.lodestone.core.model.RecipeInput;

/**
 * Finds recipe cycles that make a network unbuildable: strongly connected groups of commodities
 * whose input-coefficient matrix has spectral radius ≥ 1, so that making one unit needs at least
 * one unit of itself, directly or through other commodities. Around a cycle the physical units
 * cancel, so the radius is a pure number.
 *
 * <p>Method: Tarjan's strongly connected components (Tarjan 1972), then for each component with a
 * cycle the Perron root of its non-negative, irreducible coefficient matrix {@code A}, bracketed by
 * the Collatz–Wielandt bounds {@code min_i (Mv)_i / v_i ≤ ρ(M) ≤ max_i (Mv)_i / v_i} of power
 * iteration on the primitive matrix {@code M = A + I}, stopped as soon as the upper bound shows
 * {@code ρ(A) < 1}, or else once the bracket has converged. Cost: O(C + R) for the components plus O(iterations × R) per component.
 */
public final class RecipeCycles {

    /** Power iterations before the bracket is taken as decided at its midpoint. */
    static final int MAX_ITERATIONS = 100_000;

    /** Relative width of the Collatz–Wielandt bracket at which an unproductive radius is reported. */
    static final double CONVERGED = 1e-12;

    /**
     * A group of commodities whose recipes need themselves too much.
     *
     * @param commodities    the commodities of the strongly connected group, in recipe order
     * @param spectralRadius the Perron root of their coefficient matrix (≥ 1)
     */
    public record Cycle(List<CommodityId> commodities, double spectralRadius) {

        public Cycle {
            commodities = List.copyOf(commodities);
        }
    }

    private RecipeCycles() {}

    /** The unproductive cycles among {@code recipes}, empty if the network can be built. */
    public static List<Cycle> unproductive(List<RecipeInput> recipes) {
        Map<CommodityId, Integer> index = new HashMap<>();
        for (RecipeInput r : recipes) {
            index.putIfAbsent(r.output(), index.size());
            index.putIfAbsent(r.input(), index.size());
        }
        List<CommodityId> ids = new ArrayList<>(index.keySet());
        ids.sort((a, b) -> Integer.compare(index.get(a), index.get(b)));
        List<List<Integer>> edges = new ArrayList<>();
        List<List<Double>> weights = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            edges.add(new ArrayList<>());
            weights.add(new ArrayList<>());
        }
        for (RecipeInput r : recipes) {
            edges.get(index.get(r.output())).add(index.get(r.input()));
            weights.get(index.get(r.output())).add(r.unitsPerUnitOutput());
        }
        List<Cycle> cycles = new ArrayList<>();
        for (int[] component : components(edges)) {
            if (hasCycle(component, edges)) {
                double radius = spectralRadius(component, edges, weights);
                if (radius >= 1) {
                    List<CommodityId> members = new ArrayList<>();
                    for (int c : component) {
                        members.add(ids.get(c));
                    }
                    cycles.add(new Cycle(members, radius));
                }
            }
        }
        return cycles;
    }

    private static boolean hasCycle(int[] component, List<List<Integer>> edges) {
        if (component.length > 1) {
            return true;
        }
        return edges.get(component[0]).stream().anyMatch(e -> e == component[0]);
    }

    /** Perron root of the component's coefficient matrix, decided against 1. */
    private static double spectralRadius(int[] component, List<List<Integer>> edges, List<List<Double>> weights) {
        Map<Integer, Integer> local = new HashMap<>();
        for (int i = 0; i < component.length; i++) {
            local.put(component[i], i);
        }
        double[] v = new double[component.length];
        Arrays.fill(v, 1.0);
        double lower = 0;
        double upper = Double.POSITIVE_INFINITY;
        for (int iter = 0; iter < MAX_ITERATIONS; iter++) {
            double[] next = v.clone();
            for (int i = 0; i < component.length; i++) {
                List<Integer> out = edges.get(component[i]);
                for (int e = 0; e < out.size(); e++) {
                    Integer j = local.get(out.get(e));
                    if (j != null) {
                        next[i] += weights.get(component[i]).get(e) * v[j];
                    }
                }
            }
            lower = Double.POSITIVE_INFINITY;
            upper = 0;
            double max = 0;
            for (int i = 0; i < v.length; i++) {
                double ratio = next[i] / v[i];
                lower = Math.min(lower, ratio);
                upper = Math.max(upper, ratio);
                max = Math.max(max, next[i]);
            }
            if (upper < 2 || upper - lower < CONVERGED * upper) {
                break;
            }
            for (int i = 0; i < v.length; i++) {
                v[i] = next[i] / max;
            }
        }
        // Below 2 the component is productive and the upper bound is enough; otherwise the bracket
        // has converged (or run out of iterations) and its midpoint is the radius.
        return (upper < 2 ? upper : (lower + upper) / 2) - 1;
    }

    /** Tarjan's algorithm, iterative so deep recipe chains cannot overflow the stack. */
    private static List<int[]> components(List<List<Integer>> edges) {
        int n = edges.size();
        int[] order = new int[n];
        int[] low = new int[n];
        boolean[] onStack = new boolean[n];
        Arrays.fill(order, -1);
        Deque<Integer> stack = new ArrayDeque<>();
        List<int[]> result = new ArrayList<>();
        int[] counter = {0};
        for (int root = 0; root < n; root++) {
            if (order[root] < 0) {
                strongConnect(root, edges, order, low, onStack, stack, result, counter);
            }
        }
        return result;
    }

    private static void strongConnect(
            int root,
            List<List<Integer>> edges,
            int[] order,
            int[] low,
            boolean[] onStack,
            Deque<Integer> stack,
            List<int[]> result,
            int[] counter) {
        Deque<int[]> work = new ArrayDeque<>();
        work.push(new int[] {root, 0});
        order[root] = low[root] = counter[0]++;
        stack.push(root);
        onStack[root] = true;
        while (!work.isEmpty()) {
            int[] frame = work.peek();
            int v = frame[0];
            List<Integer> out = edges.get(v);
            if (frame[1] < out.size()) {
                int w = out.get(frame[1]++);
                if (order[w] < 0) {
                    order[w] = low[w] = counter[0]++;
                    stack.push(w);
                    onStack[w] = true;
                    work.push(new int[] {w, 0});
                } else if (onStack[w]) {
                    low[v] = Math.min(low[v], order[w]);
                }
                continue;
            }
            work.pop();
            if (!work.isEmpty()) {
                int parent = work.peek()[0];
                low[parent] = Math.min(low[parent], low[v]);
            }
            if (low[v] == order[v]) {
                List<Integer> members = new ArrayList<>();
                int w;
                do {
                    w = stack.pop();
                    onStack[w] = false;
                    members.add(w);
                } while (w != v);
                result.add(members.stream().mapToInt(Integer::intValue).sorted().toArray());
            }
        }
    }
}
