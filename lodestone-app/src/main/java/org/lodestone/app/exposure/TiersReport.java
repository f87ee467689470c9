package org.lodestone.app.exposure;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lodestone.app.table.Csv;
import org.lodestone.app.table.TextTable;
import org.lodestone.core.dependency.SectorRequirement;
import org.lodestone.core.dependency.UpstreamProfile;
import org.lodestone.core.model.RegionId;

/**
 * {@code --view tiers}: where the coalition's target depends on, across all tiers, for the coalition
 * as a whole and for each member producing the target: per upstream commodity the shortest tier,
 * the all-tier requirement, the largest producing country, and the shares produced by the
 * coalition and by countries of concern, against the coalition share of direct purchases.
 */
final class TiersReport implements ViewReport {

    private static final List<String> COLUMNS = List.of(
            "scope",
            "commodity",
            "layer",
            "tier",
            "requirement",
            "unit",
            "origin",
            "share_pct",
            "origin_member",
            "origin_concern",
            "baseline_origin_member");

    /** One scope: the coalition, or one member region. */
    private record Scope(String name, UpstreamProfile profile) {}

    private final AnalysisContext context;
    private final List<Scope> scopes = new ArrayList<>();
    private final Optional<UpstreamProfile> baseline;

    TiersReport(AnalysisContext context) {
        this.context = context;
        double[] coalition = context.coalitionTarget();
        scopes.add(
                new Scope(context.coalition().id(), UpstreamProfile.of(context.stack(), context.solver(), coalition)));
        List<String> producers = context.coalition().codes().stream()
                .filter(r -> total(context.stack().outputOf(context.target(), Set.of(r))) > 0)
                .toList();
        if (producers.size() > 1) {
            producers.forEach(r -> scopes.add(new Scope(
                    r,
                    UpstreamProfile.of(
                            context.stack(),
                            context.solver(),
                            context.stack().outputOf(context.target(), Set.of(r))))));
        }
        this.baseline = context.coalition().isWhatIf()
                ? Optional.of(UpstreamProfile.of(
                        context.stack(), context.solver(), context.baseline().coalitionTarget()))
                : Optional.empty();
    }

    @Override
    public String table() {
        StringBuilder out = new StringBuilder(new ReportProvenance(context)
                .text("Multi-tier dependency of " + context.coalition().label() + "'s " + context.targetName()
                        + " by origin"));
        for (Scope scope : scopes) {
            if (scope.profile().sectors().isEmpty()) {
                out.append(scope.name())
                        .append(" produces no ")
                        .append(context.targetName())
                        .append(" on ")
                        .append(context.coalition().date())
                        .append(".\n");
                continue;
            }
            out.append(scope.name()).append(":\n").append(table(scope)).append('\n');
        }
        return out.append(
                        "tier: shortest supply chain from the target (1 = direct input). requirement: all tiers, per year.\n")
                .append(
                        "coalition % / concern %: share of the all-tier requirement produced in member countries / countries of concern;\n")
                .append("direct %: coalition share of the first-tier purchases (a first-tier table shows only this).\n")
                .toString();
    }

    private String table(Scope scope) {
        boolean whatIf = baseline.isPresent() && scope == scopes.get(0);
        List<String> headers = new ArrayList<>(List.of(
                "commodity",
                "layer",
                "tier",
                "requirement",
                "unit",
                "top origin",
                "top %",
                "coalition %",
                "concern %",
                "direct %"));
        if (whatIf) {
            headers.add("baseline coalition %");
        }
        TextTable table = new TextTable(headers, false, false, true, true, false, false, true, true, true, true, true);
        for (SectorRequirement r : rows(scope.profile())) {
            int top = r.topRegion(aggregates());
            List<String> cells = new ArrayList<>(List.of(
                    commodity(r),
                    layer(r),
                    String.valueOf(r.tier()),
                    Figures.quantity(r.total()),
                    unit(r),
                    top < 0 ? "-" : context.region(top),
                    top < 0 ? "-" : Figures.percent(r.share(top)),
                    Figures.percent(r.shareOf(indices(context.coalition().codes()))),
                    context.concernDefined() ? Figures.percent(r.shareOf(indices(context.concern()))) : "-",
                    Figures.percent(r.directShareOf(indices(context.coalition().codes())))));
            if (whatIf) {
                cells.add(Figures.percent(baselineShare(r)));
            }
            table.add(cells);
        }
        return table.render();
    }

    @Override
    public String csv() {
        StringBuilder out = new StringBuilder(Csv.line(COLUMNS));
        Set<String> baselineMembers = context.baseline().coalition().codes();
        for (Scope scope : scopes) {
            for (SectorRequirement r : rows(scope.profile())) {
                for (int region = 0; region < context.stack().regions().size(); region++) {
                    if (r.byRegion()[region] > 0) {
                        String code = context.region(region);
                        out.append(Csv.line(List.of(
                                scope.name(),
                                commodity(r),
                                layer(r),
                                String.valueOf(r.tier()),
                                Figures.number(r.total()),
                                unit(r),
                                code,
                                Figures.percentNumber(r.share(region)),
                                String.valueOf(context.coalition().codes().contains(code)),
                                String.valueOf(context.concern().contains(code)),
                                String.valueOf(baselineMembers.contains(code)))));
                    }
                }
            }
        }
        return out.toString();
    }

    @Override
    public String json() {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode().put("view", "tiers");
        new ReportProvenance(context).json(root);
        ArrayNode list = root.putArray("scopes");
        for (Scope scope : scopes) {
            ObjectNode s = list.addObject().put("scope", scope.name());
            ArrayNode commodities = s.putArray("commodities");
            for (SectorRequirement r : rows(scope.profile())) {
                ObjectNode c = commodities
                        .addObject()
                        .put("commodity", commodity(r))
                        .put("layer", layer(r))
                        .put("tier", r.tier())
                        .put("requirement", r.total())
                        .put("unit", unit(r))
                        .put(
                                "coalition_share_pct",
                                100 * r.shareOf(indices(context.coalition().codes())));
                putShare(
                        c,
                        "concern_share_pct",
                        context.concernDefined() ? r.shareOf(indices(context.concern())) : Double.NaN);
                putShare(
                        c,
                        "direct_coalition_share_pct",
                        r.directShareOf(indices(context.coalition().codes())));
                if (baseline.isPresent() && scope == scopes.get(0)) {
                    putShare(c, "baseline_coalition_share_pct", baselineShare(r));
                }
                ObjectNode origins = c.putObject("origins_pct");
                for (int region = 0; region < r.byRegion().length; region++) {
                    if (r.byRegion()[region] > 0) {
                        origins.put(context.region(region), 100 * r.share(region));
                    }
                }
            }
        }
        return root.toPrettyString() + "\n";
    }

    private static void putShare(ObjectNode node, String field, double share) {
        if (Double.isNaN(share)) {
            node.putNull(field);
        } else {
            node.put(field, 100 * share);
        }
    }

    /** The sectors in order of tier, then id; the all-sectors sum first on a monetary table. */
    private List<SectorRequirement> rows(UpstreamProfile profile) {
        List<SectorRequirement> rows = new ArrayList<>();
        profile.allSectors().ifPresent(rows::add);
        profile.sectors().stream()
                .sorted((a, b) -> a.tier() != b.tier()
                        ? Integer.compare(a.tier(), b.tier())
                        : context.sector(a.sector())
                                .id()
                                .compareTo(context.sector(b.sector()).id()))
                .forEach(rows::add);
        return rows;
    }

    private double baselineShare(SectorRequirement r) {
        Set<String> members = context.baseline().coalition().codes();
        Optional<SectorRequirement> before = r.sector() < 0
                ? baseline.flatMap(UpstreamProfile::allSectors)
                : baseline.flatMap(b -> b.sector(r.sector()));
        return before.map(b -> b.shareOf(indices(members))).orElse(Double.NaN);
    }

    private String commodity(SectorRequirement r) {
        return r.sector() < 0 ? "all sectors" : context.sector(r.sector()).id();
    }

    private String layer(SectorRequirement r) {
        return r.sector() < 0
                ? ""
                : context.sector(r.sector()).layer().map(l -> l.key()).orElse("");
    }

    private String unit(SectorRequirement r) {
        return context.sector(Math.max(0, r.sector())).unit();
    }

    private List<Boolean> aggregates() {
        return context.stack().regions().stream()
                .map(r -> RegionId.of(r).isAggregate())
                .toList();
    }

    private List<Integer> indices(Set<String> codes) {
        List<Integer> indices = new ArrayList<>();
        for (int r = 0; r < context.stack().regions().size(); r++) {
            if (codes.contains(context.region(r))) {
                indices.add(r);
            }
        }
        return indices;
    }

    private static double total(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum;
    }
}
