package org.lodestone.app.exposure;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lodestone.app.table.Csv;
import org.lodestone.app.table.TextTable;
import org.lodestone.core.chokepoint.StageChokepoint;
import org.lodestone.core.chokepoint.StageChokepoints;
import org.lodestone.core.model.Layer;

/**
 * {@code --view chokepoints}: the stages upstream of the target where one non-member, or one country
 * of concern, holds more than {@code --threshold} of world output, with their downstream reach, the
 * coalition's dependency on the holder and the target lost if the holder's supply is removed. In a
 * what-if, stages that only the baseline flagged are listed too.
 */
final class ChokepointReport implements ViewReport {

    private static final List<String> COLUMNS = List.of(
            "commodity",
            "layer",
            "holder",
            "world_share_pct",
            "holder_status",
            "reach_count",
            "reach",
            "coalition_dependency_pct",
            "target_lost_pct",
            "status",
            "explanation");

    /** A chokepoint and whether it is one now, in the baseline, or both. */
    private record Row(StageChokepoint stage, String status) {}

    private final AnalysisContext context;
    private final List<Row> rows = new ArrayList<>();

    ChokepointReport(AnalysisContext context) {
        this.context = context;
        List<StageChokepoint> now = find(context);
        List<StageChokepoint> before = context.coalition().isWhatIf() ? find(context.baseline()) : now;
        for (StageChokepoint c : now) {
            rows.add(new Row(c, before.stream().anyMatch(b -> same(b, c)) ? "" : "new"));
        }
        before.stream()
                .filter(b -> now.stream().noneMatch(c -> same(b, c)))
                .forEach(b -> rows.add(new Row(b, "baseline only")));
    }

    private static List<StageChokepoint> find(AnalysisContext c) {
        return StageChokepoints.find(
                c.stack(),
                c.solver(),
                c.coalition().codes(),
                c.concern(),
                c.coalitionTarget(),
                c.worldTarget(),
                c.request().threshold());
    }

    @Override
    public String table() {
        boolean whatIf = context.coalition().isWhatIf();
        List<String> headers = new ArrayList<>(
                List.of("commodity", "layer", "holder", "world %", "holder is", "reach", "dependency %", "lost %"));
        if (whatIf) {
            headers.add("what-if");
        }
        TextTable table = new TextTable(headers, false, false, false, true, false, true, true, true, false);
        StringBuilder notes = new StringBuilder();
        for (Row row : rows) {
            StageChokepoint c = row.stage();
            List<String> cells = new ArrayList<>(List.of(
                    commodity(c),
                    layer(c),
                    context.region(c.holder()),
                    Figures.percent(c.share()),
                    holderStatus(c),
                    String.valueOf(c.downstreamSectors().size()),
                    Figures.percent(c.dependencyShare()),
                    Figures.percent(c.targetShare())));
            if (whatIf) {
                cells.add(row.status());
            }
            table.add(cells);
            notes.append("- ").append(explanation(c)).append('\n');
        }
        return new ReportProvenance(context)
                        .text(String.format(
                                Locale.ROOT,
                                "Chokepoints upstream of %s: one non-member or country of concern holds more than %s%% of world output",
                                context.targetName(),
                                Figures.plain(100 * context.request().threshold())))
                + (rows.isEmpty() ? "None.\n" : table.render() + "\n" + notes)
                + "\nreach: commodities downstream of the holder's output. dependency %: share of "
                + context.coalition().id() + "'s all-tier\n"
                + "requirement of the commodity that the holder produces. lost %: " + context.targetName()
                + " lost if the holder's supply is removed.\n";
    }

    @Override
    public String csv() {
        StringBuilder out = new StringBuilder(Csv.line(COLUMNS));
        for (Row row : rows) {
            StageChokepoint c = row.stage();
            out.append(Csv.line(List.of(
                    commodity(c),
                    layer(c),
                    context.region(c.holder()),
                    Figures.percentNumber(c.share()),
                    holderStatus(c),
                    String.valueOf(c.downstreamSectors().size()),
                    String.join(" ", reach(c)),
                    Figures.percentNumber(c.dependencyShare()),
                    Figures.percentNumber(c.targetShare()),
                    row.status(),
                    explanation(c))));
        }
        return out.toString();
    }

    @Override
    public String json() {
        ObjectNode root = new ObjectMapper()
                .createObjectNode()
                .put("view", "chokepoints")
                .put("threshold", context.request().threshold());
        new ReportProvenance(context).json(root);
        ArrayNode list = root.putArray("chokepoints");
        for (Row row : rows) {
            StageChokepoint c = row.stage();
            ObjectNode item = list.addObject()
                    .put("commodity", commodity(c))
                    .put("layer", layer(c))
                    .put("holder", context.region(c.holder()))
                    .put("world_share_pct", 100 * c.share())
                    .put("holder_status", holderStatus(c))
                    .put("status", row.status());
            reach(c).forEach(item.putArray("reach")::add);
            item.put("coalition_dependency_pct", 100 * c.dependencyShare())
                    .put("target_lost_pct", 100 * c.targetShare())
                    .put("explanation", explanation(c));
        }
        return root.toPrettyString() + "\n";
    }

    private String explanation(StageChokepoint c) {
        return String.format(
                Locale.ROOT,
                "%s (%s) holds %s%% of world %s, which reaches %s; %s draws %s%% of its %s at all tiers from %s "
                        + "and would lose %s%% of its %s without it.",
                context.region(c.holder()),
                holderStatus(c),
                Figures.percent(c.share()),
                commodity(c),
                c.downstreamSectors().isEmpty() ? "nothing else" : String.join(", ", reach(c)),
                context.coalition().id(),
                Figures.percent(c.dependencyShare()),
                commodity(c),
                context.region(c.holder()),
                Figures.percent(c.targetShare()),
                context.targetName());
    }

    private List<String> reach(StageChokepoint c) {
        return c.downstreamSectors().stream().map(s -> context.sector(s).id()).toList();
    }

    private static String holderStatus(StageChokepoint c) {
        return c.concern() ? (c.member() ? "member of concern" : "concern") : "non-member";
    }

    private static boolean same(StageChokepoint a, StageChokepoint b) {
        return a.sector() == b.sector() && a.holder() == b.holder();
    }

    private String commodity(StageChokepoint c) {
        return context.sector(c.sector()).id();
    }

    private String layer(StageChokepoint c) {
        return context.sector(c.sector()).layer().map(Layer::key).orElse("");
    }
}
