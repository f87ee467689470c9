package org.lodestone.io.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import org.lodestone.core.ario.ArioParameters;
import org.lodestone.core.ario.RunOutcome;
import org.lodestone.core.ario.SummaryRecorder;
import org.lodestone.core.scenario.EventSpec;
import org.lodestone.core.scenario.Scenario;

/**
 * Writes what identifies and summarises a run: {@code run.json} (scenario hash, dataset, seed,
 * parameters, events, timings, outcome) and {@code summary.csv} (the reference case's columns).
 */
public final class RunReport {

    /**
     * Facts about the run that the scenario does not hold.
     *
     * @param version         Lodestone version
     * @param datasetId       id of the dataset or table
     * @param datasetVersion  its version, or empty
     * @param industries      number of industries simulated
     * @param threads         worker threads used
     * @param setupSeconds    loading and initialisation time
     * @param loopSeconds     time spent stepping
     * @param writeSeconds    time from the end of the loop until the trajectories were written (they are
     *                        written on another thread while the run goes on)
     */
    public record Facts(
            String version,
            String datasetId,
            String datasetVersion,
            int industries,
            int threads,
            double setupSeconds,
            double loopSeconds,
            double writeSeconds) {}

    private RunReport() {}

    public static void writeRunJson(OutputFolder folder, Scenario scenario, Facts facts, RunOutcome outcome)
            throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("lodestone_version", facts.version())
                .put("scenario", scenario.name())
                .put("scenario_hash", scenario.hash());
        ObjectNode dataset = root.putObject("dataset");
        dataset.put("reference", scenario.dataset())
                .put("id", facts.datasetId())
                .put("version", facts.datasetVersion());
        root.put("seed", scenario.seed())
                .put("start", scenario.start().map(Object::toString).orElse(null))
                .put("horizon", scenario.horizon())
                .put("steps", outcome.steps())
                .put("crashed", outcome.crashed())
                .put("crash_reason", outcome.reason().orElse(null))
                .put("industries", facts.industries())
                .put("threads", facts.threads())
                .put("setup_seconds", facts.setupSeconds())
                .put("loop_seconds", facts.loopSeconds())
                .put("write_seconds", facts.writeSeconds());
        parameters(root.putObject("parameters"), scenario.model());
        ArrayNode events = root.putArray("events");
        for (EventSpec e : scenario.events()) {
            ObjectNode node = events.addObject();
            node.put("type", e.type()).put("start", e.start()).put("duration", e.duration());
            if (!e.at().isEmpty()) {
                ArrayNode at = node.putArray("at");
                e.at().forEach(n -> at.addObject().put("region", n.region()).put("sector", n.sector()));
            }
            describe(node, e);
        }
        Files.writeString(folder.resolve("run.json"), mapper.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
    }

    private static void describe(ObjectNode node, EventSpec e) {
        e.accept(new EventSpec.Visitor<ObjectNode>() {
            @Override
            public ObjectNode capacityLoss(EventSpec.CapacityLoss c) {
                return node.put("fraction", c.fraction());
            }

            @Override
            public ObjectNode capitalDestroyed(EventSpec.CapitalDestroyed c) {
                return node.put("fraction", c.fraction());
            }

            @Override
            public ObjectNode exportControl(EventSpec.ExportControl c) {
                node.put("imposer", c.imposer())
                        .put("targets", c.targets().toString())
                        .put("share-blocked", c.share())
                        .put("approval-rate", c.approvalRate())
                        .put("delay-days", c.delayDays());
                c.commodities().forEach(node.putArray("commodities")::add);
                if (c.reach().content()) {
                    node.put("reach", "content").put("depth", c.reach().depth());
                    c.reach().goods().forEach(node.putArray("content-goods")::add);
                }
                if (!c.endUses().isEmpty()) {
                    c.endUses().forEach(node.putArray("end-uses")::add);
                }
                if (!c.approvalByTarget().isEmpty()) {
                    c.approvalByTarget().forEach(node.putObject("approval-by-target")::put);
                }
                if (!c.approvalByEndUse().isEmpty()) {
                    c.approvalByEndUse().forEach(node.putObject("approval-by-end-use")::put);
                }
                return node;
            }

            @Override
            public ObjectNode logisticsDisruption(EventSpec.LogisticsDisruption d) {
                return node.put("chokepoint", d.chokepoint())
                        .put("share-blocked", d.share())
                        .put("delay-days", d.delayDays());
            }

            @Override
            public ObjectNode demandShock(EventSpec.DemandShock d) {
                node.put("regions", d.regions().toString()).put("factor", d.factor());
                d.commodities().forEach(node.putArray("commodities")::add);
                return node;
            }

            @Override
            public ObjectNode stockRelease(EventSpec.StockRelease r) {
                return node.put("region", r.region())
                        .put("commodity", r.commodity())
                        .put("rate", r.ratePerDay());
            }
        });
    }

    private static void parameters(ObjectNode node, ArioParameters p) {
        node.put("kind", p.kind() == ArioParameters.Kind.PSI ? "ario-psi" : "ario-base")
                .put("order-type", p.orderType().name().toLowerCase(Locale.ROOT))
                .put("psi", p.psi())
                .put("alpha-base", p.alphaBase())
                .put("alpha-max", p.alphaMax())
                .put("alpha-tau", p.alphaTau())
                .put("inventory-days", p.inventoryDays())
                .put("inventory-restoration-tau", p.inventoryRestorationTau())
                .put("monetary-factor", p.monetaryFactor());
        ObjectNode inventory = node.putObject("inventory");
        p.inventoryDaysBySector().forEach((sector, days) -> {
            if (Double.isInfinite(days)) {
                inventory.put(sector, "inf");
            } else {
                inventory.put(sector, days);
            }
        });
    }

    /** {@code summary.csv}: one row per step, the reference case's columns. */
    public static void writeSummary(OutputFolder folder, List<SummaryRecorder.Row> rows) throws IOException {
        try (Writer w = Files.newBufferedWriter(folder.resolve("summary.csv"), StandardCharsets.UTF_8)) {
            w.write("step,total_production_rel,shocked_production_rel,shocked_capacity_rel,shocked_overproduction,"
                    + "final_demand_unmet_total,final_demand_unmet_share,n_industries_input_limited\n");
            for (SummaryRecorder.Row r : rows) {
                w.write(r.step() + "," + NumberText.seventeen(r.totalProductionRel()) + ","
                        + NumberText.seventeen(r.shockedProductionRel())
                        + "," + NumberText.seventeen(r.shockedCapacityRel()) + ","
                        + NumberText.seventeen(r.shockedOverproduction())
                        + "," + NumberText.seventeen(r.finalDemandUnmetTotal()) + ","
                        + NumberText.seventeen(r.finalDemandUnmetShare())
                        + "," + r.industriesInputLimited() + "\n");
            }
        }
    }
}
