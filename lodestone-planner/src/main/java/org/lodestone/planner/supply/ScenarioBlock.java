package org.lodestone.planner.supply;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.lodestone.core.ario.ArioParameters;
import org.lodestone.core.mrio.SubstitutableInput;
import org.lodestone.core.plan.CapacityOption;
import org.lodestone.core.plan.StockpileOption;
import org.lodestone.planner.lp.LpModel;
import org.lodestone.planner.lp.Terms;

/**
 * Adds one scenario's time-expanded linear supply model to an LP (docs/plan-format.md, "The
 * model"). Per period t of length L and node i: base output yb ≤ X0 (1 − loss), shipped to the
 * node's usual buyers in its baseline proportions less the blocked share β; extra output
 * ye ≤ X0 (α_max − 1)(1 − loss) + planned capacity, which with the blocked volume forms a pool
 * any buyer not blocked from the supplier can draw on (q). Each essential input of each buyer
 * keeps an inventory: inv_t = inv_{t−1} + L (base + q + stock drawn − a · (yb + ye)) ≥ 0,
 * starting with the part of its target that the engine uses before output falls, (1 − ψ) of it.
 * AI compute delivered is Σ_t L Σ_members (yb + ye) / (H · Σ X0) over the members' final nodes,
 * each capped by what is demanded of it, as the engine caps output by total demand: its baseline
 * sales to industries plus the final demand that can be bought (demand shocks and restrictions on
 * final-demand columns applied).
 *
 * <p>Size per period: O(nodes + essential inputs × supplier groups), where suppliers of a product
 * with the same blocked buyers form one group.
 */
public final class ScenarioBlock {

    /**
     * What the block added.
     *
     * @param delivered      the variable holding AI compute delivered, a fraction of baseline
     * @param inventoryRows  row index → the inventory balance row it is (to name binding products)
     */
    public record Added(int delivered, Map<Integer, InventoryRow> inventoryRows) {}

    /**
     * An inventory balance row.
     *
     * @param product   the input product, an index into the table's sectors
     * @param baseline  the row's baseline use over its period (units): dual × baseline is the
     *                  objective's change per relative change of supply, comparable across products
     */
    public record InventoryRow(int product, double baseline) {}

    private final LpModel lp;
    private final SupplyNetwork net;
    private final ScenarioCase scenario;
    private final Periods periods;
    private final DecisionVariables decisions;
    private final Shocks shocks;
    private final ArioParameters parameters;
    private final String prefix;
    private final Substitutes substitutes;
    private final Map<Long, SubstitutableInput> pairs;
    private final Headroom headroom;
    private final Qualification qualification;
    private int[][] yb;
    private int[][] ye;
    private final Map<Integer, List<int[]>> drawsByOption = new LinkedHashMap<>();
    private final Map<Integer, Map<Long, Double>> releasedByPeriod = new HashMap<>();

    private ScenarioBlock(
            LpModel lp, SupplyNetwork net, ScenarioCase scenario, int periodDays, DecisionVariables decisions) {
        this.lp = lp;
        this.net = net;
        this.scenario = scenario;
        this.periods = new Periods(scenario.horizon(), periodDays);
        this.decisions = decisions;
        this.shocks = new Shocks(net, periods, scenario.events());
        this.parameters = scenario.parameters();
        this.prefix = scenario.name() + ":";
        this.substitutes = new Substitutes(scenario.events(), parameters, periods);
        this.pairs =
                SupplyNetwork.byPair(scenario.substitutions().orElse(net.table().substitutions()));
        this.headroom =
                new Headroom(parameters, periods, scenario.events(), net.table().producerSpares());
        this.qualification = new Qualification(shocks, periods, net.table().switchingLags());
    }

    /**
     * Adds the scenario's variables and rows.
     *
     * @param finalNodes the members' nodes of the final commodity (at least one)
     */
    public static Added add(
            LpModel lp,
            SupplyNetwork net,
            ScenarioCase scenario,
            int periodDays,
            DecisionVariables decisions,
            int[] finalNodes) {
        ScenarioBlock block = new ScenarioBlock(lp, net, scenario, periodDays, decisions);
        block.outputs(finalNodes);
        Map<Integer, InventoryRow> rows = block.inputs();
        return new Added(block.delivered(finalNodes), rows);
    }

    private void outputs(int[] finalNodes) {
        int n = net.nodes();
        yb = new int[periods.count()][n];
        ye = new int[periods.count()][n];
        for (int t = 0; t < periods.count(); t++) {
            for (int i = 0; i < n; i++) {
                double kept = 1 - shocks.loss(i, t);
                Terms built = readyCapacity(i);
                yb[t][i] = net.x0(i) > 0 ? lp.variable(prefix + "yb", 0, net.x0(i) * kept) : -1;
                double spare = net.x0(i) * headroom.share(i, t) * kept;
                if (built.isEmpty()) {
                    ye[t][i] = spare > 0 ? lp.variable(prefix + "ye", 0, spare) : -1;
                } else {
                    ye[t][i] = lp.variable(prefix + "ye", 0, Double.POSITIVE_INFINITY);
                    lp.row(prefix + "capacity", Double.NEGATIVE_INFINITY, spare, built.add(ye[t][i], 1));
                }
            }
            for (int m : finalNodes) {
                lp.row(
                        prefix + "final-demand",
                        Double.NEGATIVE_INFINITY,
                        net.intermediateSales(m) + shocks.finalDemand(m, t),
                        output(t, m, 1));
            }
        }
    }

    /** −K/365 for every capacity option at the node that is ready when the scenario starts. */
    private Terms readyCapacity(int node) {
        Terms terms = new Terms();
        List<CapacityOption> options = decisions.capacity();
        for (int k = 0; k < options.size(); k++) {
            CapacityOption o = options.get(k);
            if (net.nodeOf(o) == node && o.leadDays() <= scenario.daysAfterDecision()) {
                terms.add(decisions.capacityVars()[k], -1 / SupplyNetwork.DAYS_PER_YEAR);
            }
        }
        return terms;
    }

    private Terms output(int t, int node, double coefficient) {
        Terms terms = new Terms();
        if (yb[t][node] >= 0) {
            terms.add(yb[t][node], coefficient);
        }
        if (ye[t][node] >= 0) {
            terms.add(ye[t][node], coefficient);
        }
        return terms;
    }

    private boolean active(int node) {
        return yb[0][node] >= 0 || ye[0][node] >= 0;
    }

    private Map<Integer, InventoryRow> inputs() {
        double[][] finalOrders = FinalBuyers.extraOrders(
                net, shocks, qualification, periods, parameters, net.table().finalStocks());
        Resourcing resourcing = new Resourcing(net, shocks, qualification, finalOrders);
        Pools pools = new Pools(net, shocks, resourcing);
        for (int i = 0; i < net.nodes(); i++) {
            if (active(i)) {
                pools.supplier(i);
            }
        }
        Map<Integer, InventoryRow> rows = new HashMap<>();
        Map<Long, List<int[]>> draws = stockDraws();
        for (int j = 0; j < net.nodes(); j++) {
            if (!active(j)) {
                continue;
            }
            for (SupplyNetwork.Input in : net.inputs(j)) {
                double days = net.inventoryDays(j, in, parameters, pairs);
                if (Double.isInfinite(days) || in.coefficient() <= 0) {
                    continue;
                }
                double initial = (1 - parameters.psi()) * days * in.coefficient() * net.x0(j);
                balance(
                        j,
                        in,
                        days,
                        initial,
                        pools,
                        resourcing,
                        draws.getOrDefault(SupplyNetwork.key(j, in.product()), List.of()),
                        rows);
            }
        }
        pools.addRows(lp, prefix, yb, ye);
        stockRows();
        return rows;
    }

    private void balance(
            int j,
            SupplyNetwork.Input in,
            double days,
            double initial,
            Pools pools,
            Resourcing resourcing,
            List<int[]> draws,
            Map<Integer, InventoryRow> rows) {
        int previous = -1;
        for (int t = 0; t < periods.count(); t++) {
            double length = periods.length(t);
            int inventory = lp.variable(prefix + "inventory", 0, Double.POSITIVE_INFINITY);
            Terms terms = output(t, j, length * in.coefficient()).add(inventory, 1);
            if (previous >= 0) {
                terms.add(previous, -1);
            }
            for (int k = 0; k < in.suppliers().length; k++) {
                int i = in.suppliers()[k];
                if (yb[t][i] >= 0) {
                    terms.add(yb[t][i], -length * resourcing.receipt(j, in, k, t));
                }
            }
            Terms beyond = new Terms();
            for (int k = 0; k < in.suppliers().length; k++) {
                int i = in.suppliers()[k];
                if (yb[t][i] >= 0 && resourcing.reorderReceipt(j, in, k, t) > 0) {
                    beyond.add(yb[t][i], resourcing.reorderReceipt(j, in, k, t));
                }
            }
            for (int q : pools.draws(in.product(), j, t, lp, prefix)) {
                terms.add(q, -length);
                beyond.add(q, 1);
            }
            qualify(j, in, days, t, beyond);
            for (int[] draw : draws) {
                terms.add(draw[t], -length);
            }
            substitute(j, in, days, t, inventory).ifPresent(w -> terms.add(w, -length * in.coefficient()));
            double released = released(t).getOrDefault(SupplyNetwork.key(j, in.product()), 0.0);
            double rhs = released + (t == 0 ? initial : 0);
            rows.put(
                    lp.row(
                            prefix + "inventory " + net.region(j) + ":"
                                    + net.table().sectors().get(in.product()),
                            rhs,
                            rhs,
                            terms),
                    new InventoryRow(in.product(), length * in.coefficient() * net.x0(j)));
            previous = inventory;
        }
    }

    /** For a product with a qualification lag: the cap on what buyer j takes beyond its usual share ({@link Qualification#addCap}). */
    private void qualify(int j, SupplyNetwork.Input in, double days, int t, Terms beyond) {
        if (!qualification.lagged(in.product())) {
            return;
        }
        double kappa = headroom.alphaMax(j) * (1 + days * net.restorationRate(in.product(), parameters));
        Qualification.addCap(
                lp,
                prefix + net.region(j) + ":" + net.table().sectors().get(in.product()),
                beyond,
                qualification.openVolume(j, in, t),
                qualification.blockedVolume(j, in, t),
                qualification.reached(j, in, t),
                kappa);
    }

    /** The output made without the input in period t (see {@link Substitutes}), when the pair is partly substitutable. */
    private OptionalInt substitute(int j, SupplyNetwork.Input in, double days, int t, int inventory) {
        Optional<SubstitutableInput> pair = net.substitution(j, in, pairs);
        if (pair.isEmpty()) {
            return OptionalInt.empty();
        }
        int w = Substitutes.add(
                lp,
                prefix + net.region(j) + ":" + net.table().sectors().get(in.product()),
                substitutes.share(pair.get(), days, t),
                c -> output(t, j, c),
                inventory,
                net.x0(j) * (1 - shocks.loss(j, t)),
                periods.length(t) * in.coefficient());
        return w < 0 ? OptionalInt.empty() : OptionalInt.of(w);
    }

    private Map<Long, Double> released(int t) {
        return releasedByPeriod.computeIfAbsent(t, shocks::released);
    }

    /** Per (buyer, product): the draw variables (one per period) of each stockpile that serves it. */
    private Map<Long, List<int[]>> stockDraws() {
        Map<Long, List<int[]>> byPair = new HashMap<>();
        List<StockpileOption> options = decisions.stockpiles();
        for (int k = 0; k < options.size(); k++) {
            StockpileOption o = options.get(k);
            List<int[]> all = new ArrayList<>();
            for (int j = 0; j < net.nodes(); j++) {
                if (!active(j) || !net.region(j).equals(o.region().code())) {
                    continue;
                }
                for (SupplyNetwork.Input in : net.inputs(j)) {
                    boolean binds =
                            !Double.isInfinite(net.inventoryDays(j, in, parameters, pairs)) && in.coefficient() > 0;
                    if (binds
                            && net.table()
                                    .sectors()
                                    .get(in.product())
                                    .equals(o.commodity().value())) {
                        int[] draw = new int[periods.count()];
                        for (int t = 0; t < draw.length; t++) {
                            draw[t] = lp.variable(prefix + "draw " + o.label(), 0, Double.POSITIVE_INFINITY);
                        }
                        byPair.computeIfAbsent(SupplyNetwork.key(j, in.product()), x -> new ArrayList<>())
                                .add(draw);
                        all.add(draw);
                    }
                }
            }
            drawsByOption.put(k, all);
        }
        return byPair;
    }

    /** Σ drawn ≤ stockpile; per period, drawn per day ≤ release rate × stockpile. */
    private void stockRows() {
        for (Map.Entry<Integer, List<int[]>> e : drawsByOption.entrySet()) {
            StockpileOption o = decisions.stockpiles().get(e.getKey());
            int stock = decisions.stockpileVars()[e.getKey()];
            Terms total = new Terms().add(stock, -1);
            for (int t = 0; t < periods.count(); t++) {
                Terms rate = new Terms().add(stock, -o.releaseRate());
                for (int[] draw : e.getValue()) {
                    total.add(draw[t], periods.length(t));
                    rate.add(draw[t], 1);
                }
                lp.row(prefix + "release " + o.label(), Double.NEGATIVE_INFINITY, 0, rate);
            }
            lp.row(prefix + "stockpile " + o.label(), Double.NEGATIVE_INFINITY, 0, total);
        }
    }

    private int delivered(int[] finalNodes) {
        double baseline = 0;
        for (int m : finalNodes) {
            baseline += net.x0(m);
        }
        if (!(baseline > 0)) {
            throw new IllegalArgumentException("the members have no baseline output of the final commodity");
        }
        int delivered = lp.variable(prefix + "delivered", 0, Double.POSITIVE_INFINITY);
        Terms terms = new Terms().add(delivered, scenario.horizon() * baseline);
        for (int t = 0; t < periods.count(); t++) {
            for (int m : finalNodes) {
                if (yb[t][m] >= 0) {
                    terms.add(yb[t][m], -periods.length(t));
                }
                if (ye[t][m] >= 0) {
                    terms.add(ye[t][m], -periods.length(t));
                }
            }
        }
        lp.row(prefix + "delivered", 0, 0, terms);
        return delivered;
    }
}
