package org.lodestone.app.exposure;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.lodestone.app.table.Csv;
import org.lodestone.app.table.TextTable;
import org.lodestone.core.dependency.StackTable;
import org.lodestone.core.extraction.Cut;
import org.lodestone.core.extraction.ExtractionRanking;
import org.lodestone.core.extraction.RankedCut;
import org.lodestone.core.extraction.SimulatedExtraction;

/**
 * {@code --view extraction} without {@code --cut}: the chokepoint ranking. Every producer
 * (region × commodity) except the target's own is removed in turn (or cut by {@code --fraction});
 * rows are ranked by the coalition's target output lost in the supply-driven model, with the share
 * lost if substitutable inputs are replaced, the upstream producer the demand-driven model hits
 * hardest, and a sentence explaining each row.
 */
final class RankingReport implements ViewReport {

    private static final List<String> COLUMNS = List.of(
            "rank",
            "region",
            "commodity",
            "layer",
            "world_share_pct",
            "member",
            "concern",
            "target_lost",
            "target_unit",
            "target_lost_pct",
            "if_substituted_lost_pct",
            "upstream_most_hit",
            "upstream_most_hit_pct",
            "upstream_total_lost",
            "baseline_target_lost_pct",
            "engine_30d_lost_pct",
            "engine_90d_lost_pct",
            "engine_365d_lost_pct",
            "gap_closed_by",
            "path",
            "assumed",
            "explanation");

    private final AnalysisContext context;
    private final ReportProvenance provenance;
    private final List<RankedCut> rows;
    private final double[] baselineShares;
    /** Per row: the engine's losses for the cut (empty on a monetary table and past {@link #ENGINE_ROWS}). */
    private final List<Optional<SimulatedExtraction.Losses>> engine = new ArrayList<>();

    /** Rows the engine runs for: two runs of a year each per row. */
    static final int ENGINE_ROWS = 20;

    RankingReport(AnalysisContext context) {
        this.context = context;
        this.provenance = new ReportProvenance(context);
        ExtractionRanking ranking = new ExtractionRanking(context.stack(), context.solver());
        this.rows = ranking.rank(
                context.coalitionTarget(),
                context.targetIndustries(),
                context.request().fraction(),
                context.request().top());
        this.baselineShares = new double[rows.size()];
        EngineLosses simulated = new EngineLosses(context);
        for (int r = 0; r < rows.size(); r++) {
            engine.add(
                    r < ENGINE_ROWS
                            ? simulated.of(new Cut(
                                    rows.get(r).industry(), context.request().fraction()))
                            : Optional.empty());
        }
        if (context.coalition().isWhatIf()) {
            double[] before = context.baseline().coalitionTarget();
            double total = sum(before);
            double[] losses = ranking.targetLosses(
                    rows.stream().mapToInt(RankedCut::industry).toArray(),
                    before,
                    context.request().fraction());
            for (int r = 0; r < rows.size(); r++) {
                baselineShares[r] = total > 0 ? losses[r] / total : Double.NaN;
            }
        }
    }

    @Override
    public String table() {
        boolean whatIf = context.coalition().isWhatIf();
        List<String> headers = new ArrayList<>(List.of(
                "#",
                "cut",
                "layer",
                "world %",
                "holder",
                "lost/yr",
                "lost %",
                "if subst. %",
                "most hit upstream",
                "upstream %",
                "engine 30/90/365 d %"));
        if (whatIf) {
            headers.add("baseline lost %");
        }
        TextTable table =
                new TextTable(headers, true, false, false, true, false, true, true, true, false, true, true, true);
        StringBuilder notes = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            RankedCut row = rows.get(r);
            List<String> cells = new ArrayList<>(List.of(
                    String.valueOf(r + 1),
                    context.stack().label(row.industry()),
                    layer(row),
                    Figures.percent(worldShare(row.industry())),
                    holder(row.industry()),
                    Figures.quantity(row.targetLoss()),
                    Figures.percent(row.targetShare()),
                    Figures.percent(row.essentialOnlyShare()),
                    row.upstreamIndustry() < 0 ? "-" : context.stack().label(row.upstreamIndustry()),
                    Figures.percent(row.upstreamShare()),
                    engine.get(r)
                            .map(l -> Figures.percent(l.average()[0]) + "/" + Figures.percent(l.average()[1]) + "/"
                                    + Figures.percent(l.average()[2]))
                            .orElse("-")));
            if (whatIf) {
                cells.add(Figures.percent(baselineShares[r]));
            }
            table.add(cells);
            notes.append(String.format(Locale.ROOT, "%2d. %s%s%n", r + 1, explanation(row), gap(r)));
        }
        return provenance.text(String.format(
                        Locale.ROOT,
                        "Chokepoint ranking: %s's %s lost when one producer's supply is cut by %s%%",
                        context.coalition().label(),
                        context.targetName(),
                        Figures.plain(100 * context.request().fraction())))
                + table.render() + "\n" + notes
                + "\nlost: supply-driven extraction ("
                + (context.stack().monetary() ? "Ghosh" : "fixed proportions, every input binding")
                + "). if subst.: inputs the recipes mark substitutable are replaced.\n"
                + "most hit upstream: the producer losing the largest share of its output in the demand-driven (Leontief) model.\n"
                + "engine: the loss the disruption engine simulates for the cut, averaged over its first 30, 90 and 365 days"
                + " (default parameters, the dataset's stocks and substitution; first " + ENGINE_ROWS + " rows).\n";
    }

    @Override
    public String csv() {
        StringBuilder out = new StringBuilder(Csv.line(COLUMNS));
        for (int r = 0; r < rows.size(); r++) {
            RankedCut row = rows.get(r);
            String region = context.region(context.stack().regionOf(row.industry()));
            out.append(Csv.line(List.of(
                    String.valueOf(r + 1),
                    region,
                    commodity(row.industry()),
                    layer(row),
                    Figures.percentNumber(worldShare(row.industry())),
                    String.valueOf(context.coalition().codes().contains(region)),
                    String.valueOf(context.concern().contains(region)),
                    Figures.number(row.targetLoss()),
                    context.targetUnit(),
                    Figures.percentNumber(row.targetShare()),
                    Figures.percentNumber(row.essentialOnlyShare()),
                    row.upstreamIndustry() < 0 ? "" : context.stack().label(row.upstreamIndustry()),
                    Figures.percentNumber(row.upstreamShare()),
                    Figures.number(row.upstreamTotal()),
                    context.coalition().isWhatIf() ? Figures.percentNumber(baselineShares[r]) : "",
                    engine.get(r)
                            .map(l -> Figures.percentNumber(l.average()[0]))
                            .orElse(""),
                    engine.get(r)
                            .map(l -> Figures.percentNumber(l.average()[1]))
                            .orElse(""),
                    engine.get(r)
                            .map(l -> Figures.percentNumber(l.average()[2]))
                            .orElse(""),
                    gapReasons(r).orElse(""),
                    String.join(
                            " > ",
                            row.path().stream().map(context.stack()::label).toList()),
                    String.join("; ", provenance.assumedAlong(row.path())),
                    explanation(row))));
        }
        return out.toString();
    }

    @Override
    public String json() {
        ObjectNode root = new ObjectMapper()
                .createObjectNode()
                .put("view", "extraction")
                .put("fraction", context.request().fraction());
        provenance.json(root);
        ArrayNode list = root.putArray("ranking");
        for (int r = 0; r < rows.size(); r++) {
            RankedCut row = rows.get(r);
            ObjectNode item = list.addObject()
                    .put("rank", r + 1)
                    .put("region", context.region(context.stack().regionOf(row.industry())))
                    .put("commodity", commodity(row.industry()))
                    .put("world_share_pct", 100 * worldShare(row.industry()))
                    .put("target_lost", row.targetLoss())
                    .put("target_lost_pct", 100 * row.targetShare());
            putPercent(item, "if_substituted_lost_pct", row.essentialOnlyShare());
            item.put(
                            "upstream_most_hit",
                            row.upstreamIndustry() < 0 ? null : context.stack().label(row.upstreamIndustry()))
                    .put("upstream_most_hit_pct", 100 * row.upstreamShare());
            if (context.coalition().isWhatIf()) {
                putPercent(item, "baseline_target_lost_pct", baselineShares[r]);
            }
            engine.get(r).ifPresent(l -> {
                ObjectNode sim = item.putObject("engine");
                for (int w = 0; w < SimulatedExtraction.WINDOWS.size(); w++) {
                    int days = SimulatedExtraction.WINDOWS.get(w);
                    sim.put(days + "d_lost_pct", 100 * l.average()[w])
                            .put(days + "d_last_day_lost_pct", 100 * l.lastDay()[w])
                            .put(days + "d_no_spare_lost_pct", 100 * l.noSpare()[w]);
                }
            });
            gapReasons(r).ifPresent(text -> item.put("gap_closed_by", text));
            row.path().stream().map(context.stack()::label).forEach(item.putArray("path")::add);
            provenance.assumedAlong(row.path()).forEach(item.putArray("assumed")::add);
            item.put("explanation", explanation(row));
        }
        return root.toPrettyString() + "\n";
    }

    /** Why the engine loses less than the bound for row r, if the engine ran for it. */
    private Optional<String> gapReasons(int r) {
        RankedCut row = rows.get(r);
        return engine.get(r).map(l -> EngineLosses.reasons(row.targetShare(), row.essentialOnlyShare(), l));
    }

    private String gap(int r) {
        return gapReasons(r).map(text -> "\n    " + text + ".").orElse("");
    }

    /** One sentence on why a row ranks where it does. */
    private String explanation(RankedCut row) {
        StackTable stack = context.stack();
        String region = context.region(stack.regionOf(row.industry()));
        String text = String.format(
                Locale.ROOT,
                "%s makes %s%% of world %s",
                region,
                Figures.percent(worldShare(row.industry())),
                commodity(row.industry()));
        if (row.targetShare() <= 0) {
            return text + "; no loss reaches " + context.coalition().id() + "'s " + context.targetName() + ".";
        }
        if (!row.path().isEmpty()) {
            text += "; the shortage passes "
                    + String.join(
                            " > ", row.path().stream().map(i -> commodity(i)).toList());
        }
        text += String.format(
                Locale.ROOT,
                " and removes %s%% of %s's %s",
                Figures.percent(row.targetShare()),
                context.coalition().id(),
                context.targetName());
        List<String> substitutable = substitutableLinks(row.path());
        if (!Double.isNaN(row.essentialOnlyShare()) && row.essentialOnlyShare() < row.targetShare()) {
            text += String.format(
                    Locale.ROOT,
                    "; %s%% if substitutable inputs are replaced%s",
                    Figures.percent(row.essentialOnlyShare()),
                    substitutable.isEmpty() ? "" : " (" + String.join(", ", substitutable) + ")");
        }
        List<String> assumed = provenance.assumedAlong(row.path());
        return text + (assumed.isEmpty() ? "." : "; assumed: " + String.join(", ", assumed) + ".");
    }

    private List<String> substitutableLinks(List<Integer> path) {
        List<String> links = new ArrayList<>();
        for (int k = 1; k < path.size(); k++) {
            int input = context.stack().sectorOf(path.get(k - 1));
            int output = context.stack().sectorOf(path.get(k));
            if (!context.stack().essential(input, output)) {
                links.add(context.sector(input).id() + " in "
                        + context.sector(output).id());
            }
        }
        return links;
    }

    private double worldShare(int industry) {
        double[] x = context.stack().table().x();
        double total = 0;
        for (int i = 0; i < x.length; i++) {
            total += context.stack().sectorOf(i) == context.stack().sectorOf(industry) ? x[i] : 0;
        }
        return total > 0 ? x[industry] / total : 0;
    }

    private String holder(int industry) {
        String region = context.region(context.stack().regionOf(industry));
        return context.concern().contains(region)
                ? "concern"
                : context.coalition().codes().contains(region) ? "member" : "";
    }

    private String commodity(int industry) {
        return context.sector(context.stack().sectorOf(industry)).id();
    }

    private String layer(RankedCut row) {
        return context.sector(context.stack().sectorOf(row.industry()))
                .layer()
                .map(l -> l.key())
                .orElse("");
    }

    private static void putPercent(ObjectNode node, String field, double share) {
        if (Double.isNaN(share)) {
            node.putNull(field);
        } else {
            node.put(field, 100 * share);
        }
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return total;
    }
}
