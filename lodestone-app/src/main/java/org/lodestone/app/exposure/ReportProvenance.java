package org.lodestone.app.exposure;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.lodestone.core.model.Dataset;
import org.lodestone.core.model.Production;
import org.lodestone.core.model.RecipeInput;
import org.lodestone.core.model.RegionId;
import org.lodestone.core.model.Status;

/**
 * Where a dependency report's figures come from: the dataset and its version, the coalition and
 * date (with any what-if change), the countries of concern, the target, and which of the dataset's
 * inputs are {@code assumed} rather than observed or estimated.
 */
final class ReportProvenance {

    private final AnalysisContext context;
    private final Set<String> assumedRecipes = new TreeSet<>();
    private final Set<String> assumedProduction = new TreeSet<>();
    private final int recipes;
    private final int production;

    ReportProvenance(AnalysisContext context) {
        this.context = context;
        Dataset dataset = context.source().dataset().orElse(null);
        this.recipes = dataset == null ? 0 : dataset.recipes().size();
        this.production = dataset == null ? 0 : dataset.production().size();
        if (dataset != null) {
            for (RecipeInput r : dataset.recipes()) {
                if (r.provenance().status() == Status.ASSUMED) {
                    assumedRecipes.add(r.output() + "<-" + r.input());
                }
            }
            for (Production p : dataset.production()) {
                if (p.provenance().status() == Status.ASSUMED) {
                    assumedProduction.add(p.region() + ":" + p.commodity());
                }
            }
        }
    }

    /** Heading lines for a terminal, each ending in a newline. */
    String text(String title) {
        var c = context.coalition();
        StringBuilder out = new StringBuilder(title).append('\n');
        out.append("Dataset: ")
                .append(context.source().id())
                .append(
                        context.source().version().isEmpty()
                                ? ""
                                : " " + context.source().version())
                .append(" (")
                .append(context.source().reference())
                .append("); target: ")
                .append(context.targetName())
                .append(" [")
                .append(context.targetUnit())
                .append("]\n");
        out.append("Coalition: ")
                .append(c.label())
                .append(" on ")
                .append(c.date())
                .append(": ")
                .append(String.join(" ", c.codes()))
                .append('\n');
        out.append("Concern: ")
                .append(context.concernDefined() ? String.join(" ", new TreeSet<>(context.concern())) : "none defined")
                .append('\n');
        out.append("Assumed inputs: ").append(assumedLine()).append("\n\n");
        return out.toString();
    }

    /** Adds a {@code provenance} object to a JSON report. */
    void json(ObjectNode root) {
        var c = context.coalition();
        ObjectNode p = root.putObject("provenance");
        p.put("dataset", context.source().id())
                .put("dataset_version", context.source().version())
                .put("dataset_reference", context.source().reference())
                .put("coalition", c.id())
                .put("date", c.date().toString());
        c.codes().forEach(p.putArray("members")::add);
        c.added().stream().map(RegionId::code).forEach(p.putArray("added")::add);
        c.removed().stream().map(RegionId::code).forEach(p.putArray("removed")::add);
        if (context.concernDefined()) {
            new TreeSet<>(context.concern()).forEach(p.putArray("concern")::add);
        } else {
            p.putNull("concern");
        }
        p.put("target", context.targetName()).put("target_unit", context.targetUnit());
        ObjectNode assumed = p.putObject("assumed");
        assumedRecipes.forEach(assumed.putArray("recipes")::add);
        assumedProduction.forEach(assumed.putArray("production")::add);
    }

    /** The assumed dataset inputs along a supply path of industries: the first producer, then each recipe link. */
    List<String> assumedAlong(List<Integer> path) {
        List<String> found = new ArrayList<>();
        var stack = context.stack();
        if (!path.isEmpty() && assumedProduction.contains(stack.label(path.get(0)))) {
            found.add("production " + stack.label(path.get(0)));
        }
        for (int k = 1; k < path.size(); k++) {
            String recipe = stack.sectors().get(stack.sectorOf(path.get(k))).id() + "<-"
                    + stack.sectors().get(stack.sectorOf(path.get(k - 1))).id();
            if (assumedRecipes.contains(recipe)) {
                found.add(recipe);
            }
        }
        return found;
    }

    private String assumedLine() {
        if (context.source().isMrio()) {
            return "none recorded (an MRIO table carries no status per number)";
        }
        return assumedRecipes.size() + " of " + recipes + " recipe coefficients, " + assumedProduction.size() + " of "
                + production + " production figures (status assumed in the dataset; listed in --format json)";
    }
}
