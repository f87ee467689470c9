package org.lodestone.core.binding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.lodestone.core.model.Commodity;
import org.lodestone.core.model.Dataset;
import org.lodestone.core.model.Layer;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.scenario.EventSpec;
import org.lodestone.core.shock.Event;

/**
 * Binds an export control: the imposer's producers of the controlled commodities, and under
 * content reach the producers of other regions whose goods contain them ({@link ContentReach});
 * the target buyers, screened by end use; and each buyer's licence approval rate, by end use, then
 * target region, then the control's default.
 *
 * <p>Content reach covers producers outside the imposer and the targets: a producer in a target
 * region is already hit through its own imports of the controlled commodities, and the imposer's
 * own downstream goods are controlled only by naming them in {@code commodities}.
 */
final class ExportControlBinder {

    private final MarketEventBinder market;
    private final IoTable table;
    private final Optional<Dataset> dataset;
    private final List<BindingProblem> problems;
    private final ContentShares contents;

    ExportControlBinder(
            MarketEventBinder market,
            IoTable table,
            Optional<Dataset> dataset,
            List<BindingProblem> problems,
            ContentShares contents) {
        this.market = market;
        this.table = table;
        this.dataset = dataset;
        this.problems = problems;
        this.contents = contents;
    }

    Optional<Event> bind(EventSpec.ExportControl c, int e) {
        boolean imposerKnown = market.region(c.imposer(), "imposer", e);
        List<Integer> controlled = controlled(c, imposerKnown, e);
        Optional<Set<String>> targets = market.targets(c.targets(), "targets", c.start(), e);
        boolean namesKnown = endUsesKnown(c, e) & targetRatesKnown(c, targets, e) & goodsKnown(c, e);
        if (controlled.isEmpty() || targets.isEmpty() || !namesKnown) {
            return Optional.empty();
        }
        Set<String> hit = new TreeSet<>(targets.get());
        hit.remove(c.imposer());
        int[] direct = MarketEventBinder.ints(controlled);
        double[] reach =
                c.reach().content() ? contents.of(table, controlled, c.reach().depth()) : new double[table.size()];
        for (int i : direct) {
            reach[i] = 1;
        }
        List<Integer> industries = new ArrayList<>();
        for (int i = 0; i < table.size(); i++) {
            String region = table.industries().get(i).region();
            if (reach[i] > 0 && (contains(direct, i) || covered(c, i, hit))) {
                industries.add(i);
            }
        }
        int[] all = MarketEventBinder.ints(industries);
        double[] reachOf = new double[all.length];
        for (int n = 0; n < all.length; n++) {
            reachOf[n] = reach[all[n]];
        }
        boolean[] buyers = screened(market.buyers(hit), c.endUses());
        boolean[] columns = screenedColumns(market.columns(hit), c.endUses());
        return Optional.of(new Event.ExportControl(
                all,
                buyers,
                columns,
                c.share(),
                c.start(),
                c.duration(),
                c.approvalRate(),
                c.delayDays(),
                reachOf,
                buyerApproval(c, buyers),
                columnApproval(c, columns)));
    }

    /**
     * True if content reach covers industry i: made outside the imposer and the targets, and one
     * of the reach's goods when it names any.
     */
    private boolean covered(EventSpec.ExportControl c, int i, Set<String> hit) {
        String region = table.industries().get(i).region();
        List<String> goods = c.reach().goods();
        return !hit.contains(region)
                && !region.equals(c.imposer())
                && (goods.isEmpty() || goods.contains(table.industries().get(i).sector()));
    }

    private boolean goodsKnown(EventSpec.ExportControl c, int e) {
        boolean ok = true;
        for (String good : c.reach().goods()) {
            ok &= market.sector(good, "content-goods", e);
        }
        return ok;
    }

    private List<Integer> controlled(EventSpec.ExportControl c, boolean imposerKnown, int e) {
        List<Integer> controlled = new ArrayList<>();
        for (String commodity : c.commodities()) {
            if (!market.sector(commodity, "commodities", e)) {
                continue;
            }
            int i = table.indexOf(c.imposer(), commodity);
            if (i >= 0) {
                controlled.add(i);
            } else if (imposerKnown) {
                problems.add(BindingProblem.ofEvent(
                        e,
                        "commodities",
                        commodity,
                        "is not produced by " + c.imposer(),
                        "a commodity the imposer produces",
                        ""));
            }
        }
        return controlled;
    }

    /** With end uses, only the target buyers that make one (industries) or are one (final-demand categories). */
    private boolean[] screened(boolean[] buyers, List<String> endUses) {
        if (!endUses.isEmpty()) {
            for (int j = 0; j < buyers.length; j++) {
                buyers[j] &= endUses.contains(table.industries().get(j).sector());
            }
        }
        return buyers;
    }

    private boolean[] screenedColumns(boolean[] columns, List<String> endUses) {
        if (!endUses.isEmpty()) {
            for (int q = 0; q < columns.length; q++) {
                columns[q] &= endUses.contains(table.finalDemandColumns().get(q).category());
            }
        }
        return columns;
    }

    private double[] buyerApproval(EventSpec.ExportControl c, boolean[] buyers) {
        double[] rates = new double[buyers.length];
        for (int j = 0; j < rates.length; j++) {
            rates[j] = rate(
                    c,
                    table.industries().get(j).sector(),
                    table.industries().get(j).region());
        }
        return rates;
    }

    private double[] columnApproval(EventSpec.ExportControl c, boolean[] columns) {
        double[] rates = new double[columns.length];
        for (int q = 0; q < rates.length; q++) {
            rates[q] = rate(
                    c,
                    table.finalDemandColumns().get(q).category(),
                    table.finalDemandColumns().get(q).region());
        }
        return rates;
    }

    /** The end use's rate, else the region's, else the control's default. */
    private static double rate(EventSpec.ExportControl c, String use, String region) {
        Double byUse = c.approvalByEndUse().get(use);
        if (byUse != null) {
            return byUse;
        }
        return c.approvalByTarget().getOrDefault(region, c.approvalRate());
    }

    /** Every end use named (in {@code end-uses} and {@code licensing.by-end-use}) is one of the table's. */
    private boolean endUsesKnown(EventSpec.ExportControl c, int e) {
        Set<String> valid = endUses();
        boolean ok = true;
        for (String use : c.endUses()) {
            ok &= endUse(use, valid, "end-uses", e);
        }
        for (String use : c.approvalByEndUse().keySet()) {
            ok &= endUse(use, valid, "licensing.by-end-use", e);
        }
        return ok;
    }

    private boolean endUse(String use, Set<String> valid, String field, int e) {
        if (valid.contains(use)) {
            return true;
        }
        problems.add(BindingProblem.ofEvent(
                e,
                field,
                use,
                valid.isEmpty()
                        ? "cannot be screened: the dataset names no end uses"
                        : "is not an end use of the table",
                valid.isEmpty()
                        ? "a dataset with commodities of layer end-use (docs/dataset-format-v2.md), or no " + field
                        : "one of " + String.join(", ", valid),
                Suggestions.hint(use, valid)));
        return false;
    }

    /**
     * The names a control may screen: a dataset's commodities of layer end-use, or an MRIO table's
     * sectors; and the table's final-demand categories when there are several.
     */
    private Set<String> endUses() {
        Set<String> valid = new TreeSet<>();
        if (dataset.isPresent()) {
            for (Commodity commodity : dataset.get().commodities()) {
                if (commodity.layer() == Layer.END_USE) {
                    valid.add(commodity.id().value());
                }
            }
        } else {
            valid.addAll(table.sectors());
        }
        Set<String> categories = new TreeSet<>();
        table.finalDemandColumns().forEach(q -> categories.add(q.category()));
        if (categories.size() > 1) {
            valid.addAll(categories);
        }
        return valid;
    }

    /** Every region given its own approval rate is a target of the control. */
    private boolean targetRatesKnown(EventSpec.ExportControl c, Optional<Set<String>> targets, int e) {
        boolean ok = true;
        for (Map.Entry<String, Double> rate : c.approvalByTarget().entrySet()) {
            String region = rate.getKey();
            if (targets.isPresent() && !targets.get().contains(region)) {
                ok = false;
                problems.add(BindingProblem.ofEvent(
                        e,
                        "licensing.by-target",
                        region,
                        "is not a target of the control",
                        "one of " + String.join(", ", targets.get()),
                        Suggestions.hint(region, targets.get())));
            }
        }
        return ok;
    }

    private static boolean contains(int[] sorted, int value) {
        return Arrays.binarySearch(sorted, value) >= 0;
    }
}
