package org.lodestone.app.stresstest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.lodestone.app.report.Html;
import org.lodestone.app.report.WorldMap;
import org.lodestone.app.run.Scope;
import org.lodestone.core.coalition.Group;
import org.lodestone.core.exposure.ExposureAnalysis;
import org.lodestone.core.model.Chokepoint;
import org.lodestone.core.model.CommodityId;
import org.lodestone.core.model.Production;

/**
 * The report's two maps (Natural Earth country shapes, {@link WorldMap}): who is in the coalition,
 * who is of concern and which chokepoints the scenarios close; and where one commodity comes from,
 * each producer shaded by its share of world output.
 */
final class MapSection {

    static final String MEMBER = "#1f6fb2";
    static final String CONCERN = "#b0433a";

    private MapSection() {}

    /** Members blue, countries of concern red, and the chokepoints of the scenarios' events. */
    static String coalitionMap(StressTestResult result) {
        Scope scope = result.scope();
        Map<String, WorldMap.Fill> fills = new LinkedHashMap<>();
        scope.dataset()
                .group(ExposureAnalysis.CONCERN_GROUP)
                .map(g -> g.membersOn(scope.date()))
                .orElse(Set.of())
                .forEach(r -> fills.put(r.code(), new WorldMap.Fill(CONCERN, "country of concern")));
        scope.members()
                .forEach(m -> fills.put(
                        m,
                        new WorldMap.Fill(
                                MEMBER, "member of " + scope.coalition().name())));
        String title = "Members of " + scope.coalition().name() + " on " + scope.date()
                + ", countries of concern and the chokepoints the scenarios close";
        return "<figure class=\"map\" id=\"coalition-map\">\n" + WorldMap.svg(title, fills, chokepoints(result))
                + "<figcaption><span class=\"swatch\" style=\"background:" + MEMBER + "\"></span> member "
                + "<span class=\"swatch\" style=\"background:" + CONCERN + "\"></span> country of concern "
                + "<span class=\"dot\"></span> chokepoint closed in a scenario. " + Html.escape(title)
                + ". Country shapes: Natural Earth 1:110m (public domain); Singapore drawn as a diamond.</figcaption>\n</figure>\n";
    }

    private static List<WorldMap.Marker> chokepoints(StressTestResult result) {
        Map<String, List<String>> closedBy = new TreeMap<>();
        for (ScenarioResult s : result.scenarios()) {
            Assumptions.chokepoints(s)
                    .forEach(c -> closedBy.computeIfAbsent(c, k -> new ArrayList<>())
                            .add(s.entry().name()));
        }
        List<WorldMap.Marker> markers = new ArrayList<>();
        closedBy.forEach((id, scenarios) -> WorldMap.chokepoint(id).ifPresent(at -> {
            String name = result.scope().dataset().chokepoints().stream()
                    .filter(c -> c.id().equals(id))
                    .map(Chokepoint::name)
                    .findFirst()
                    .orElse(id);
            markers.add(new WorldMap.Marker(name, at[0], at[1], name + ": closed in " + Brief.join(scenarios)));
        }));
        return markers;
    }

    /** Producers of {@code commodity} shaded by share of world output; empty when nobody makes it. */
    static Optional<String> producerMap(StressTestResult result, String commodity) {
        Scope scope = result.scope();
        Map<String, Double> quantity = new TreeMap<>();
        for (Production p : scope.dataset().production()) {
            if (p.commodity().equals(CommodityId.of(commodity))) {
                quantity.merge(p.region().code(), p.unitsPerYear(), Double::sum);
            }
        }
        double world =
                quantity.values().stream().mapToDouble(Double::doubleValue).sum();
        if (world <= 0) {
            return Optional.empty();
        }
        double top = quantity.values().stream()
                        .mapToDouble(Double::doubleValue)
                        .max()
                        .orElse(world)
                / world;
        Map<String, WorldMap.Fill> fills = new LinkedHashMap<>();
        List<String> aggregates = new ArrayList<>();
        quantity.forEach((region, q) -> {
            String share = String.format(Locale.ROOT, "%.1f%% of world output", 100 * q / world);
            fills.put(region, new WorldMap.Fill(shade(q / world / top), share + role(scope, region)));
            if (Scope.isAggregate(region)) {
                aggregates.add(region + " " + share);
            }
        });
        String name = scope.commodity(commodity).name();
        String title = "Where " + name + " (" + commodity + ") comes from: producers by share of world output";
        return Optional.of("<figure class=\"map\" id=\"producer-map\">\n" + WorldMap.svg(title, fills, List.of())
                + "<figcaption>" + Html.escape(title) + " (darkest: " + String.format(Locale.ROOT, "%.1f", 100 * top)
                + "%; hover for each country's share and role)"
                + (aggregates.isEmpty() ? "" : "; aggregates not drawn: " + Html.escape(String.join(", ", aggregates)))
                + ".</figcaption>\n</figure>\n");
    }

    private static String role(Scope scope, String region) {
        if (scope.members().contains(region)) {
            return ", coalition member";
        }
        Optional<Group> concern = scope.dataset().group(ExposureAnalysis.CONCERN_GROUP);
        return concern.map(g -> g.membersOn(scope.date()).stream()
                                .anyMatch(r -> r.code().equals(region)))
                        .orElse(false)
                ? ", country of concern"
                : "";
    }

    /** From pale sand (0) to dark brown (1). */
    static String shade(double t) {
        double u = Math.max(0, Math.min(1, t));
        int r = (int) Math.round(243 + u * (140 - 243));
        int g = (int) Math.round(239 + u * (45 - 239));
        int b = (int) Math.round(224 + u * (4 - 224));
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }
}
