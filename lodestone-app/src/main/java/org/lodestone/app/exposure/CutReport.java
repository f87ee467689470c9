package org.lodestone.app.exposure;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.lodestone.app.table.Csv;
import org.lodestone.app.table.TextTable;
import org.lodestone.core.dependency.StackTable;
import org.lodestone.core.extraction.Cut;
import org.lodestone.core.extraction.ExtractionResult;
import org.lodestone.core.extraction.SimulatedExtraction;
import org.lodestone.core.model.Layer;

/**
 * {@code --view extraction --cut REGION:SECTOR}: one hypothetical extraction in detail, the output
 * lost by every producer, commodity, layer and region in the supply-driven and the demand-driven
 * model, and by the coalition's target.
 */
final class CutReport implements ViewReport {

    /** Losses below this share are left out of the tables. */
    static final double SHOWN = 5e-4;

    private static final List<String> COLUMNS = List.of(
            "level",
            "name",
            "layer",
            "supply_driven_lost_pct",
            "if_substituted_lost_pct",
            "demand_driven_lost_pct",
            "output",
            "unit");

    /** One line of the report: a producer, commodity, layer or region. */
    private record Line(
            String level,
            String name,
            String layer,
            double supply,
            double substituted,
            double demand,
            double output,
            String unit) {}

    private final AnalysisContext context;
    private final ExtractionResult result;
    private final List<Line> lines = new ArrayList<>();
    /** The engine's losses for the cut; empty on a monetary table. */
    private final Optional<SimulatedExtraction.Losses> engine;

    CutReport(AnalysisContext context) {
        this.context = context;
        this.result = ExtractionResult.of(
                context.stack(),
                context.solver(),
                new Cut(context.cut().orElseThrow(), context.request().fraction()));
        this.engine = new EngineLosses(context).of(result.cut());
        StackTable stack = context.stack();
        double[] x = stack.table().x();
        List<Line> nodes = new ArrayList<>();
        for (int i = 0; i < stack.size(); i++) {
            nodes.add(new Line(
                    "producer",
                    stack.label(i),
                    layer(stack.sectorOf(i)),
                    result.supplyDriven()[i],
                    result.essentialOnly()[i],
                    result.demandDriven()[i],
                    x[i],
                    context.sector(stack.sectorOf(i)).unit()));
        }
        nodes.sort(Comparator.comparingDouble((Line l) -> -l.supply())
                .thenComparingDouble(l -> -l.demand())
                .thenComparing(Line::name));
        nodes.stream().filter(CutReport::shown).forEach(lines::add);
        for (int s = 0; s < stack.sectors().size(); s++) {
            add(new Line(
                    "commodity",
                    context.sector(s).id(),
                    layer(s),
                    sector(result.supplyDriven(), s),
                    sector(result.essentialOnly(), s),
                    sector(result.demandDriven(), s),
                    Double.NaN,
                    context.sector(s).unit()));
        }
        for (Layer layer : Layer.values()) {
            ExtractionResult.layerLoss(stack, result.supplyDriven(), layer)
                    .ifPresent(worst -> add(new Line(
                            "layer",
                            layer.key(),
                            context.sector(worst.sector()).id(),
                            worst.loss(),
                            ExtractionResult.layerLoss(stack, result.essentialOnly(), layer)
                                    .orElseThrow()
                                    .loss(),
                            ExtractionResult.layerLoss(stack, result.demandDriven(), layer)
                                    .orElseThrow()
                                    .loss(),
                            Double.NaN,
                            "")));
        }
        for (int r = 0; r < stack.regions().size(); r++) {
            add(new Line(
                    "region",
                    context.region(r),
                    "",
                    ExtractionResult.regionLoss(stack, result.supplyDriven(), r),
                    ExtractionResult.regionLoss(stack, result.essentialOnly(), r),
                    ExtractionResult.regionLoss(stack, result.demandDriven(), r),
                    Double.NaN,
                    ""));
        }
    }

    @Override
    public String table() {
        StringBuilder out = new StringBuilder(new ReportProvenance(context)
                .text(String.format(
                        Locale.ROOT,
                        "Extraction of %s: output cut by %s%%",
                        context.stack().label(result.cut().industry()),
                        Figures.plain(100 * result.cut().fraction()))));
        out.append(String.format(
                Locale.ROOT,
                "%s's %s lost: %s%% (%s %s/yr) supply-driven; %s%% if substitutable inputs are replaced.%n%n",
                context.coalition().label(),
                context.targetName(),
                Figures.percent(targetShare(result.supplyDriven())),
                Figures.quantity(targetLoss(result.supplyDriven())),
                context.targetUnit(),
                Figures.percent(targetShare(result.essentialOnly()))));
        engine.ifPresent(l -> out.append(String.format(
                Locale.ROOT,
                "Engine (default parameters): %s%% lost over 30 days, %s%% over 90, %s%% over 365 (%s%% on day 364);%n"
                        + "%s.%n%n",
                Figures.percent(l.average()[0]),
                Figures.percent(l.average()[1]),
                Figures.percent(l.average()[2]),
                Figures.percent(l.lastDay()[2]),
                EngineLosses.reasons(targetShare(result.supplyDriven()), targetShare(result.essentialOnly()), l))));
        for (String level : List.of("producer", "commodity", "layer", "region")) {
            List<Line> shown =
                    lines.stream().filter(l -> l.level().equals(level)).toList();
            if (shown.isEmpty()) {
                continue;
            }
            TextTable table = new TextTable(
                    List.of(
                            level,
                            level.equals("layer") ? "worst commodity" : "layer",
                            "supply-driven %",
                            "if subst. %",
                            "demand-driven %"),
                    false,
                    false,
                    true,
                    true,
                    true);
            shown.forEach(l -> table.add(List.of(
                    l.name(),
                    l.layer(),
                    Figures.percent(l.supply()),
                    Figures.percent(l.substituted()),
                    Figures.percent(l.demand()))));
            out.append(table.render()).append('\n');
        }
        return out.append("supply-driven: the cut travels to buyers (")
                .append(context.stack().monetary() ? "Ghosh" : "fixed proportions, every input binding")
                .append("); demand-driven: the cut producer stops buying, its suppliers lose sales (Leontief).\n")
                .append(
                        context.stack().monetary()
                                ? "region: money lost over the region's output.\n"
                                : "commodity: world loss of that commodity; layer and region: the largest loss within them (units are never added).\n")
                .toString();
    }

    @Override
    public String csv() {
        StringBuilder out = new StringBuilder(Csv.line(COLUMNS));
        lines.forEach(l -> out.append(Csv.line(List.of(
                l.level(),
                l.name(),
                l.layer(),
                Figures.percentNumber(l.supply()),
                Figures.percentNumber(l.substituted()),
                Figures.percentNumber(l.demand()),
                Figures.number(l.output()),
                l.unit()))));
        return out.toString();
    }

    @Override
    public String json() {
        ObjectNode root = new ObjectMapper()
                .createObjectNode()
                .put("view", "extraction")
                .put("cut", context.stack().label(result.cut().industry()))
                .put("fraction", result.cut().fraction());
        new ReportProvenance(context).json(root);
        root.putObject("target")
                .put("lost", targetLoss(result.supplyDriven()))
                .put("lost_pct", 100 * targetShare(result.supplyDriven()))
                .put("if_substituted_lost_pct", 100 * targetShare(result.essentialOnly()));
        engine.ifPresent(l -> {
            ObjectNode sim = root.putObject("engine");
            for (int w = 0; w < SimulatedExtraction.WINDOWS.size(); w++) {
                int days = SimulatedExtraction.WINDOWS.get(w);
                sim.put(days + "d_lost_pct", 100 * l.average()[w])
                        .put(days + "d_last_day_lost_pct", 100 * l.lastDay()[w])
                        .put(days + "d_no_spare_lost_pct", 100 * l.noSpare()[w]);
            }
            sim.put(
                    "gap_closed_by",
                    EngineLosses.reasons(targetShare(result.supplyDriven()), targetShare(result.essentialOnly()), l));
        });
        ArrayNode list = root.putArray("losses");
        lines.forEach(l -> list.addObject()
                .put("level", l.level())
                .put("name", l.name())
                .put("layer", l.layer())
                .put("supply_driven_lost_pct", 100 * l.supply())
                .put("if_substituted_lost_pct", 100 * l.substituted())
                .put("demand_driven_lost_pct", 100 * l.demand()));
        return root.toPrettyString() + "\n";
    }

    private void add(Line line) {
        if (shown(line)) {
            lines.add(line);
        }
    }

    private static boolean shown(Line line) {
        return line.supply() >= SHOWN || line.substituted() >= SHOWN || line.demand() >= SHOWN;
    }

    private double sector(double[] loss, int s) {
        return ExtractionResult.sectorLoss(context.stack(), loss, s);
    }

    private double targetLoss(double[] loss) {
        double[] target = context.coalitionTarget();
        double lost = 0;
        for (int i = 0; i < target.length; i++) {
            lost += target[i] * loss[i];
        }
        return lost;
    }

    private double targetShare(double[] loss) {
        double total = 0;
        for (double t : context.coalitionTarget()) {
            total += t;
        }
        return total > 0 ? targetLoss(loss) / total : Double.NaN;
    }

    private String layer(int sector) {
        return context.sector(sector).layer().map(Layer::key).orElse("");
    }
}
