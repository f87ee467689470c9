package org.lodestone.app.report;

import java.util.List;
import java.util.Map;
import org.lodestone.core.parameter.DatasetFamilies;
import org.lodestone.core.parameter.DatasetPath;
import org.lodestone.core.scenario.EventKind;
import org.lodestone.core.scenario.EventSpec;
import org.lodestone.core.scenario.Scenario;

/**
 * Names a person reads for the inputs a scenario varies, with their unit: {@code closure duration,
 * days} for {@code events[0].duration} of a logistics disruption, {@code default stocks, days of
 * use} for {@code model.inventory-days}. Reports show the name and keep the path beside it, so a
 * reader can find the line of the scenario file. A path this class does not know keeps its own
 * text.
 */
public final class InputNames {

    private static final Map<String, String> MODEL = Map.of(
            "model.psi", "stock-out threshold ψ, share of an input's need",
            "model.alpha-base", "normal overproduction capacity α, × baseline output",
            "model.alpha-max", "maximum overproduction capacity α max, × baseline output",
            "model.alpha-tau", "time to reach maximum overproduction, days",
            "model.inventory-days", "default stocks, days of use",
            "model.inventory-restoration-tau", "time to rebuild stocks, days");

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("start", "start"),
            Map.entry("duration", "duration"),
            Map.entry("fraction", "share of capacity lost"),
            Map.entry("recovery.tau", "recovery time"),
            Map.entry("rebuild.tau", "rebuild time"),
            Map.entry("rebuild.factor", "rebuild cost factor"),
            Map.entry("share-blocked", "share blocked"),
            Map.entry("licensing.approval-rate", "licence approval rate"),
            Map.entry("licensing.delay-days", "licensing delay"),
            Map.entry("depth", "reach, recipe tiers"),
            Map.entry("delay-days", "delay"),
            Map.entry("factor", "demand factor"),
            Map.entry("rate", "release rate"));

    private static final String BY_TARGET = "licensing.by-target.";

    private InputNames() {}

    /** The name of the input at {@code path} of {@code scenario}, with its unit. */
    public static String of(Scenario scenario, String path) {
        if (MODEL.containsKey(path)) {
            return MODEL.get(path);
        }
        if (path.startsWith("model.inventory.")) {
            return "stocks of " + path.substring("model.inventory.".length()) + ", days of use";
        }
        if (DatasetPath.isDatasetPath(path)) {
            return dataset(path);
        }
        if (path.startsWith("events[") && path.indexOf("].") > 0) {
            return event(scenario, path);
        }
        return path;
    }

    private static String event(Scenario scenario, String path) {
        int index;
        try {
            index = Integer.parseInt(path.substring("events[".length(), path.indexOf(']')));
        } catch (NumberFormatException e) {
            return path;
        }
        if (index < 0 || index >= scenario.events().size()) {
            return path;
        }
        EventSpec spec = scenario.events().get(index);
        String key = path.substring(path.indexOf("].") + 2);
        String noun = noun(spec.kind());
        if (scenario.events().stream().filter(e -> e.kind() == spec.kind()).count() > 1) {
            noun += " " + (index + 1);
        }
        if (key.startsWith(BY_TARGET)) {
            return noun + " licence approval rate for " + key.substring(BY_TARGET.length()) + ", share";
        }
        String field = FIELDS.get(key);
        if (field == null) {
            return path;
        }
        String unit = spec.kind().fields().stream()
                .filter(f -> f.key().equals(key))
                .map(f -> f.unit())
                .findFirst()
                .orElse(key.equals("start") || key.equals("duration") ? "steps" : "");
        return noun + " " + field + (unit.isEmpty() || field.endsWith(unit) ? "" : ", " + unit(unit));
    }

    /** A step of the engine is a day. */
    private static String unit(String unit) {
        return switch (unit) {
            case "steps" -> "days";
            case "step" -> "day of the scenario";
            case "share" -> "share (0 to 1)";
            default -> unit;
        };
    }

    private static String noun(EventKind kind) {
        return switch (kind) {
            case CAPACITY_LOSS -> "capacity loss";
            case CAPITAL_DESTROYED -> "destruction";
            case EXPORT_CONTROL -> "export control";
            case LOGISTICS_DISRUPTION -> "closure";
            case DEMAND_SHOCK -> "demand shock";
            case STOCK_RELEASE -> "stock release";
        };
    }

    private static String dataset(String path) {
        try {
            DatasetPath p = DatasetPath.parse(path);
            String unit = DatasetFamilies.field(path).unit();
            String field = p.field().replace('_', ' ').replace('-', ' ');
            List<String> keys = p.keys();
            return p.family().replace('_', ' ') + " (" + String.join(", ", keys) + ")"
                    + (unit.startsWith(field) ? "" : " " + field) + ", " + unit(unit);
        } catch (DatasetPath.Invalid e) {
            return path;
        }
    }
}
