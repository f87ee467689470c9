package org.lodestone.core.reverse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The boundary of a target over two inputs, on a grid refined near it: the target is evaluated on
 * a coarse n × n grid; every cell whose corners disagree is split in four (its edge midpoints and
 * centre evaluated), {@code levels} times; then along every edge of the finest mixed cells whose
 * ends disagree, the crossing is bisected {@code edgeSteps} times. The boundary is the set of those
 * crossings. Runs are evaluated in batches (one per refinement level and bisection step), which the
 * evaluator may run in parallel; the points do not depend on how a batch is run. Cost: n² runs,
 * plus about 5 per mixed cell per level (a smooth boundary crosses O(n 2^level) cells), plus
 * {@code edgeSteps} per crossing edge.
 */
public final class BoundaryGrid {

    public static final int DEFAULT_POINTS = 9;
    public static final int DEFAULT_LEVELS = 2;
    public static final int DEFAULT_EDGE_STEPS = 5;

    /**
     * The outcome.
     *
     * @param x           the first input
     * @param y           the second input
     * @param evaluations every run, in order
     * @param boundary    the crossings found, each {x, y}, sorted by x then y
     */
    public record Result(SearchAxis x, SearchAxis y, List<Evaluation> evaluations, List<double[]> boundary) {
        public Result {
            evaluations = List.copyOf(evaluations);
            boundary = boundary.stream().map(double[]::clone).toList();
        }
    }

    private final PointEvaluator f;
    private final Target target;
    private final SearchAxis x;
    private final SearchAxis y;
    private final int size;
    private final Map<Long, Evaluation> lattice = new HashMap<>();
    private final List<Evaluation> evaluations = new ArrayList<>();

    private BoundaryGrid(PointEvaluator f, Target target, SearchAxis x, SearchAxis y, int size) {
        this.f = f;
        this.target = target;
        this.x = x;
        this.y = y;
        this.size = size;
    }

    /**
     * @param points    coarse grid points per axis (≥ 2)
     * @param levels    refinements of the cells the boundary crosses (≥ 0)
     * @param edgeSteps bisection steps along each crossing edge of the finest cells (≥ 0)
     */
    public static Result search(
            PointEvaluator f, Target target, SearchAxis x, SearchAxis y, int points, int levels, int edgeSteps) {
        if (points < 2 || levels < 0 || levels > 10 || edgeSteps < 0) {
            throw new IllegalArgumentException("need points >= 2, 0 <= levels <= 10, edgeSteps >= 0; got " + points
                    + ", " + levels + ", " + edgeSteps);
        }
        int step = 1 << levels;
        BoundaryGrid grid = new BoundaryGrid(f, target, x, y, (points - 1) * step + 1);
        List<int[]> coarse = new ArrayList<>();
        for (int i = 0; i < grid.size; i += step) {
            for (int j = 0; j < grid.size; j += step) {
                coarse.add(new int[] {i, j});
            }
        }
        grid.evaluate(coarse);
        List<int[]> cells = new ArrayList<>();
        for (int i = 0; i + step < grid.size; i += step) {
            for (int j = 0; j + step < grid.size; j += step) {
                cells.add(new int[] {i, j});
            }
        }
        for (int level = 0; level < levels; level++, step /= 2) {
            cells = grid.refine(cells, step);
        }
        List<double[]> boundary =
                grid.crossings(cells.stream().filter(c -> grid.mixed(c, 1)).toList(), edgeSteps);
        boundary.sort(Comparator.<double[]>comparingDouble(p -> p[0]).thenComparingDouble(p -> p[1]));
        return new Result(x, y, grid.evaluations, boundary);
    }

    /** Splits the mixed cells of size {@code step}; returns their four sub-cells. */
    private List<int[]> refine(List<int[]> cells, int step) {
        int half = step / 2;
        List<int[]> mixed = cells.stream().filter(c -> mixed(c, step)).toList();
        Set<List<Integer>> fresh = new LinkedHashSet<>();
        for (int[] c : mixed) {
            int i = c[0];
            int j = c[1];
            for (int[] p : new int[][] {
                {i + half, j}, {i, j + half}, {i + step, j + half}, {i + half, j + step}, {i + half, j + half}
            }) {
                fresh.add(List.of(p[0], p[1]));
            }
        }
        evaluate(fresh.stream().map(p -> new int[] {p.get(0), p.get(1)}).toList());
        List<int[]> next = new ArrayList<>();
        for (int[] c : mixed) {
            for (int[] d : new int[][] {{0, 0}, {half, 0}, {0, half}, {half, half}}) {
                next.add(new int[] {c[0] + d[0], c[1] + d[1]});
            }
        }
        return next;
    }

    /** Bisects the crossing on every edge of these cells whose ends disagree, all edges one step at a time. */
    private List<double[]> crossings(List<int[]> cells, int steps) {
        Map<List<Integer>, double[][]> edges = new LinkedHashMap<>();
        for (int[] c : cells) {
            int i = c[0];
            int j = c[1];
            for (int[][] e : new int[][][] {
                {{i, j}, {i + 1, j}}, {{i, j}, {i, j + 1}}, {{i + 1, j}, {i + 1, j + 1}}, {{i, j + 1}, {i + 1, j + 1}}
            }) {
                Evaluation a = lattice.get(key(e[0][0], e[0][1]));
                Evaluation b = lattice.get(key(e[1][0], e[1][1]));
                if (a.holds() != b.holds()) {
                    Evaluation hold = a.holds() ? a : b;
                    Evaluation brk = a.holds() ? b : a;
                    edges.putIfAbsent(
                            List.of(e[0][0], e[0][1], e[1][0], e[1][1]), new double[][] {hold.point(), brk.point()});
                }
            }
        }
        List<double[][]> open = new ArrayList<>(edges.values());
        for (int s = 0; s < steps; s++) {
            List<double[][]> splitting = open.stream().filter(e -> !resolved(e)).toList();
            if (splitting.isEmpty()) {
                break;
            }
            double[][] middles = splitting.stream().map(this::middle).toArray(double[][]::new);
            double[] values = f.values(middles);
            for (int k = 0; k < middles.length; k++) {
                Evaluation e = new Evaluation(middles[k], values[k], target.holds(values[k]));
                evaluations.add(e);
                splitting.get(k)[e.holds() ? 0 : 1] = middles[k];
            }
        }
        return new ArrayList<>(open.stream()
                .map(e -> new double[] {(e[0][0] + e[1][0]) / 2, (e[0][1] + e[1][1]) / 2})
                .toList());
    }

    private boolean resolved(double[][] edge) {
        boolean alongX = edge[0][0] != edge[1][0];
        SearchAxis axis = alongX ? x : y;
        int k = alongX ? 0 : 1;
        return axis.resolved(edge[0][k], edge[1][k], 0);
    }

    private double[] middle(double[][] edge) {
        boolean alongX = edge[0][0] != edge[1][0];
        SearchAxis axis = alongX ? x : y;
        int k = alongX ? 0 : 1;
        double[] m = edge[0].clone();
        m[k] = axis.middle(Math.min(edge[0][k], edge[1][k]), Math.max(edge[0][k], edge[1][k]));
        return m;
    }

    private boolean mixed(int[] cell, int step) {
        boolean first = lattice.get(key(cell[0], cell[1])).holds();
        for (int[] d : new int[][] {{step, 0}, {0, step}, {step, step}}) {
            if (lattice.get(key(cell[0] + d[0], cell[1] + d[1])).holds() != first) {
                return true;
            }
        }
        return false;
    }

    private void evaluate(List<int[]> points) {
        List<int[]> missing = points.stream()
                .filter(p -> !lattice.containsKey(key(p[0], p[1])))
                .toList();
        if (missing.isEmpty()) {
            return;
        }
        double[][] coordinates = missing.stream()
                .map(p -> new double[] {x.at((double) p[0] / (size - 1)), y.at((double) p[1] / (size - 1))})
                .toArray(double[][]::new);
        double[] values = f.values(coordinates);
        for (int k = 0; k < values.length; k++) {
            Evaluation e = new Evaluation(coordinates[k], values[k], target.holds(values[k]));
            evaluations.add(e);
            lattice.put(key(missing.get(k)[0], missing.get(k)[1]), e);
        }
    }

    private long key(int i, int j) {
        return (long) i * size + j;
    }
}
