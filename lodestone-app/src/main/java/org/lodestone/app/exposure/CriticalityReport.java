package org.lodestone.app.exposure;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lodestone.app.table.Csv;
import org.lodestone.app.table.TextTable;
import org.lodestone.core.criticality.Criticality;
import org.lodestone.core.criticality.CriticalityAssessment;
import org.lodestone.core.criticality.CriticalityClass;
import org.lodestone.core.model.Layer;

/**
 * {@code --view criticality}: the supply-risk × importance matrix per commodity for the coalition
 * ({@link CriticalityAssessment}; formula and sources in {@code docs/methods.md}), with the
 * baseline's supply risk and class in a what-if.
 */
final class CriticalityReport implements ViewReport {

    private static final List<String> COLUMNS = List.of(
            "commodity",
            "layer",
            "hhi",
            "concern_share_pct",
            "import_reliance_pct",
            "sourcing_hhi",
            "essential_pct",
            "supply_risk",
            "importance_pct",
            "top_producer",
            "class",
            "baseline_supply_risk",
            "baseline_class");

    private final AnalysisContext context;
    private final List<Criticality> rows;
    private final Optional<List<Criticality>> baseline;

    CriticalityReport(AnalysisContext context) {
        this.context = context;
        this.rows = assess(context);
        this.baseline = context.coalition().isWhatIf() ? Optional.of(assess(context.baseline())) : Optional.empty();
    }

    private static List<Criticality> assess(AnalysisContext c) {
        Set<Integer> excluded = c.target() < 0 ? Set.of() : Set.of(c.target());
        return CriticalityAssessment.assess(
                c.stack(),
                c.solver(),
                c.coalition().codes(),
                c.concern(),
                c.concernDefined(),
                c.coalitionTarget(),
                excluded);
    }

    @Override
    public String table() {
        List<String> headers = new ArrayList<>(List.of(
                "commodity",
                "layer",
                "HHI",
                "concern %",
                "import %",
                "sourcing HHI",
                "essential %",
                "supply risk",
                "importance %",
                "top",
                "class"));
        baseline.ifPresent(b -> headers.addAll(List.of("baseline risk", "baseline class")));
        TextTable table = new TextTable(
                headers, false, false, true, true, true, true, true, true, true, false, false, true, false);
        Map<CriticalityClass, List<String>> matrix = new EnumMap<>(CriticalityClass.class);
        for (int r = 0; r < rows.size(); r++) {
            Criticality c = rows.get(r);
            List<String> cells = new ArrayList<>(List.of(
                    commodity(c),
                    layer(c),
                    String.format(Locale.ROOT, "%.0f", c.hhi()),
                    Figures.percent(c.concernShare()),
                    Figures.percent(c.importReliance()),
                    String.format(Locale.ROOT, "%.0f", c.sourcingHhi()),
                    Figures.percent(c.essentialShare()),
                    String.format(Locale.ROOT, "%.3f", c.supplyRisk()),
                    Figures.percent(c.importance()),
                    c.topProducer() < 0 ? "-" : context.region(c.topProducer()),
                    c.criticality().key()));
            int row = r;
            baseline.ifPresent(b -> cells.addAll(List.of(
                    String.format(Locale.ROOT, "%.3f", b.get(row).supplyRisk()),
                    b.get(row).criticality().key())));
            table.add(cells);
            matrix.computeIfAbsent(c.criticality(), k -> new ArrayList<>()).add(commodity(c));
        }
        StringBuilder out = new StringBuilder(new ReportProvenance(context)
                .text("Criticality for " + context.coalition().label() + ": supply risk x importance to "
                        + context.targetName()));
        out.append(table.render()).append('\n');
        for (CriticalityClass k : CriticalityClass.values()) {
            out.append(String.format(
                    Locale.ROOT, "%-12s %s%n", k.key() + ":", String.join(" ", matrix.getOrDefault(k, List.of()))));
        }
        return out.append(String.format(
                        Locale.ROOT,
                        "%nsupply risk = (H_world x IR/2 + H_sourcing x (1 - IR/2)) x SI, H = sum of weight x share^2 "
                                + "(weights: concern %s, non-member %s, member %s), IR = import %%, SI = essential + (1 - essential) x %s.%n"
                                + "importance: share of %s lost if the top producing country's supply is removed. critical: risk >= %s and importance >= %s%%."
                                + "%nSee docs/methods.md.%n",
                        Figures.plain(CriticalityAssessment.CONCERN_WEIGHT),
                        Figures.plain(CriticalityAssessment.NON_MEMBER_WEIGHT),
                        Figures.plain(CriticalityAssessment.MEMBER_WEIGHT),
                        Figures.plain(CriticalityAssessment.SUBSTITUTE_FACTOR),
                        context.targetName(),
                        Figures.plain(CriticalityAssessment.SUPPLY_RISK_THRESHOLD),
                        Figures.plain(100 * CriticalityAssessment.IMPORTANCE_THRESHOLD)))
                .toString();
    }

    @Override
    public String csv() {
        StringBuilder out = new StringBuilder(Csv.line(COLUMNS));
        for (int r = 0; r < rows.size(); r++) {
            Criticality c = rows.get(r);
            Optional<Criticality> before = baseline.map(b -> b.get(rowIndex(b, c.sector())));
            out.append(Csv.line(List.of(
                    commodity(c),
                    layer(c),
                    Figures.number(c.hhi()),
                    Figures.percentNumber(c.concernShare()),
                    Figures.percentNumber(c.importReliance()),
                    Figures.number(c.sourcingHhi()),
                    Figures.percentNumber(c.essentialShare()),
                    Figures.number(c.supplyRisk()),
                    Figures.percentNumber(c.importance()),
                    c.topProducer() < 0 ? "" : context.region(c.topProducer()),
                    c.criticality().key(),
                    before.map(b -> Figures.number(b.supplyRisk())).orElse(""),
                    before.map(b -> b.criticality().key()).orElse(""))));
        }
        return out.toString();
    }

    @Override
    public String json() {
        ObjectNode root = new ObjectMapper().createObjectNode().put("view", "criticality");
        new ReportProvenance(context).json(root);
        root.putObject("thresholds")
                .put("supply_risk", CriticalityAssessment.SUPPLY_RISK_THRESHOLD)
                .put("importance_pct", 100 * CriticalityAssessment.IMPORTANCE_THRESHOLD);
        ArrayNode list = root.putArray("commodities");
        for (Criticality c : rows) {
            ObjectNode item = list.addObject()
                    .put("commodity", commodity(c))
                    .put("layer", layer(c))
                    .put("hhi", c.hhi());
            putPercent(item, "concern_share_pct", c.concernShare());
            item.put("import_reliance_pct", 100 * c.importReliance())
                    .put("sourcing_hhi", c.sourcingHhi())
                    .put("essential_pct", 100 * c.essentialShare())
                    .put("supply_risk", c.supplyRisk());
            putPercent(item, "importance_pct", c.importance());
            item.put("top_producer", c.topProducer() < 0 ? null : context.region(c.topProducer()))
                    .put("class", c.criticality().key());
            baseline.ifPresent(b -> item.put(
                            "baseline_supply_risk",
                            b.get(rowIndex(b, c.sector())).supplyRisk())
                    .put(
                            "baseline_class",
                            b.get(rowIndex(b, c.sector())).criticality().key()));
        }
        return root.toPrettyString() + "\n";
    }

    private static int rowIndex(List<Criticality> rows, int sector) {
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).sector() == sector) {
                return r;
            }
        }
        throw new IllegalStateException("sector " + sector + " missing from the baseline");
    }

    private static void putPercent(ObjectNode node, String field, double share) {
        if (Double.isNaN(share)) {
            node.putNull(field);
        } else {
            node.put(field, 100 * share);
        }
    }

    private String commodity(Criticality c) {
        return context.sector(c.sector()).id();
    }

    private String layer(Criticality c) {
        return context.sector(c.sector()).layer().map(Layer::key).orElse("");
    }
}
