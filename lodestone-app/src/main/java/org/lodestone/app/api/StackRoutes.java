package org.lodestone.app.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.lodestone.core.coalition.Group;
import org.lodestone.core.coalition.Membership;
import org.lodestone.core.model.Commodity;
import org.lodestone.core.model.CommodityId;
import org.lodestone.core.model.Dataset;
import org.lodestone.core.model.FinalDemand;
import org.lodestone.core.model.Production;
import org.lodestone.core.model.Provenance;
import org.lodestone.core.model.RecipeInput;
import org.lodestone.core.model.Source;
import org.lodestone.core.model.SourceId;

/**
 * {@code GET /api/stack?dataset=&commodity=}: what the dashboard draws besides the exposure views:
 * groups with dated memberships, sources, commodities, and for one commodity its producers and
 * where its output goes (shares in the commodity's own unit, so a Sankey never adds units).
 */
final class StackRoutes {

    private final DatasetRoutes datasets;

    StackRoutes(DatasetRoutes datasets) {
        this.datasets = datasets;
    }

    void register(RoutesConfig r) {
        r.get("/api/stack", this::stack);
    }

    private void stack(Context ctx) {
        String ref = datasets.resolve(
                Caller.of(ctx), Optional.ofNullable(ctx.queryParam("dataset")).orElse(DatasetRoutes.BUILTIN));
        Dataset dataset = datasets.dataset(ref);
        ObjectNode out = Json.MAPPER
                .createObjectNode()
                .put("dataset", dataset.info().id())
                .put("version", dataset.info().version())
                .put("default_coalition", dataset.info().defaultCoalition());
        groups(out.putArray("groups"), dataset);
        for (Source s : dataset.sources()) {
            ObjectNode node = out.withArray("sources")
                    .addObject()
                    .put("id", s.id().value())
                    .put("title", s.title())
                    .put("publisher", s.publisher())
                    .put("url", s.url());
            s.year().ifPresent(y -> node.put("year", y));
        }
        for (Commodity c : dataset.commodities()) {
            out.withArray("commodities")
                    .addObject()
                    .put("id", c.id().value())
                    .put("name", c.name())
                    .put("layer", c.layer().key())
                    .put("unit", c.unit());
        }
        String wanted = ctx.queryParam("commodity");
        CommodityId id = new CommodityId(
                wanted == null || wanted.isBlank()
                        ? dataset.commodities().get(0).id().value()
                        : wanted);
        Commodity commodity = dataset.commodity(id)
                .orElseThrow(() -> new BadRequest(
                        "commodity",
                        "'" + id.value() + "' is not a commodity of dataset "
                                + dataset.info().id() + "; see the commodities list of /api/stack"));
        out.set("commodity", commodity(dataset, commodity));
        Json.send(ctx, 200, out);
    }

    private static void groups(ArrayNode out, Dataset dataset) {
        for (Group g : dataset.groups()) {
            ObjectNode group = out.addObject().put("id", g.id()).put("name", g.name());
            for (Membership m : g.memberships()) {
                ObjectNode node = group.withArray("members")
                        .addObject()
                        .put("region", m.region().code());
                m.joined().ifPresent(d -> node.put("joined", d.toString()));
                m.left().ifPresent(d -> node.put("left", d.toString()));
            }
        }
    }

    private static ObjectNode commodity(Dataset dataset, Commodity c) {
        ObjectNode node = Json.MAPPER
                .createObjectNode()
                .put("id", c.id().value())
                .put("name", c.name())
                .put("unit", c.unit())
                .put("layer", c.layer().key());
        Map<String, Double> production = new LinkedHashMap<>();
        for (Production p : dataset.production()) {
            if (p.commodity().equals(c.id())) {
                production.put(p.region().code(), p.unitsPerYear());
                provenance(
                        node.withArray("producers")
                                .addObject()
                                .put("region", p.region().code())
                                .put("quantity", p.unitsPerYear()),
                        p.provenance());
            }
        }
        Map<String, Double> uses = new LinkedHashMap<>();
        for (RecipeInput r : dataset.recipes()) {
            if (r.input().equals(c.id())) {
                double output = dataset.production().stream()
                        .filter(p -> p.commodity().equals(r.output()))
                        .mapToDouble(Production::unitsPerYear)
                        .sum();
                uses.merge(r.output().value(), r.unitsPerUnitOutput() * output, Double::sum);
            }
        }
        for (FinalDemand d : dataset.finalDemand()) {
            if (d.commodity().equals(c.id())) {
                uses.merge("final demand", d.unitsPerYear(), Double::sum);
            }
        }
        uses.forEach((buyer, quantity) ->
                node.withArray("uses").addObject().put("buyer", buyer).put("quantity", quantity));
        node.put(
                "world_quantity",
                production.values().stream().mapToDouble(Double::doubleValue).sum());
        return node;
    }

    private static void provenance(ObjectNode node, Provenance p) {
        node.put("status", p.status().key());
        ArrayNode sources = node.putArray("sources");
        p.sources().stream().map(SourceId::value).forEach(sources::add);
    }
}
