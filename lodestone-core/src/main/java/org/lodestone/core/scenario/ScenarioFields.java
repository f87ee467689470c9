package org.lodestone.core.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lodestone.core.ario.ArioParameters;
import org.lodestone.core.parameter.DatasetFamilies;
import org.lodestone.core.parameter.DatasetPath;
import org.lodestone.core.shock.EventField;

/**
 * The numeric fields of a scenario, by path, and the scenario with some of them set: what an
 * {@code uncertainty} block varies and what sensitivity runs and reverse stress tests move.
 *
 * <p>Paths: {@code model.KEY} for {@code psi}, {@code alpha-base}, {@code alpha-max},
 * {@code alpha-tau}, {@code inventory-days}, {@code inventory-restoration-tau};
 * {@code model.inventory.SECTOR} for a sector the scenario's {@code model.inventory} gives a
 * finite number of days; {@code events[N].KEY} for the N-th event's numbers: the keys of its
 * kind's field table ({@link EventKind#fields()}, e.g. {@code share-blocked},
 * {@code licensing.delay-days}, {@code start}); {@code dataset.FAMILY[KEY,KEY].FIELD} for a
 * number of the dataset ({@link DatasetPath}, e.g.
 * {@code dataset.substitution[server,ndfeb-magnet].substitutable}), whose row is checked only when
 * the scenario is bound to its dataset. Steps and days are whole numbers: values are rounded to
 * the nearest.
 */
public final class ScenarioFields {

    private static final double INF = Double.POSITIVE_INFINITY;
    private static final String INVENTORY = "model.inventory.";

    private ScenarioFields() {}

    /** Every field of {@code scenario} that can be varied, model first, then events in order. */
    public static List<ScenarioField> of(Scenario scenario) {
        ArioParameters m = scenario.model();
        List<ScenarioField> fields = new ArrayList<>(List.of(
                new ScenarioField("model.psi", 0, true, 1, false, m.psi()),
                new ScenarioField("model.alpha-base", 0, true, INF, false, m.alphaBase()),
                new ScenarioField("model.alpha-max", 0, true, INF, false, m.alphaMax()),
                new ScenarioField("model.alpha-tau", 0, true, INF, false, m.alphaTau()),
                new ScenarioField("model.inventory-days", 0, true, INF, false, m.inventoryDays()),
                new ScenarioField(
                        "model.inventory-restoration-tau", 0, true, INF, false, m.inventoryRestorationTau())));
        m.inventoryDaysBySector().entrySet().stream()
                .filter(e -> Double.isFinite(e.getValue()))
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> fields.add(new ScenarioField(INVENTORY + e.getKey(), 0, true, INF, false, e.getValue())));
        for (int e = 0; e < scenario.events().size(); e++) {
            fields.addAll(EventFields.of("events[" + e + "].", scenario.events().get(e), scenario.horizon()));
        }
        scenario.datasetValues().forEach((path, value) -> fields.add(datasetField(path, value)));
        return fields;
    }

    /**
     * The field at {@code path}, if the scenario has it. Every well-formed dataset path is a field
     * of every scenario; its value is the scenario's override, else NaN (the dataset's value is
     * known once it is loaded: {@link org.lodestone.core.parameter.DatasetFamilies#value}).
     */
    public static Optional<ScenarioField> find(Scenario scenario, String path) {
        if (DatasetPath.isDatasetPath(path)) {
            try {
                return Optional.of(datasetField(path, scenario.datasetValues().getOrDefault(path, Double.NaN)));
            } catch (DatasetPath.Invalid e) {
                return Optional.empty();
            }
        }
        return of(scenario).stream().filter(f -> f.path().equals(path)).findFirst();
    }

    private static ScenarioField datasetField(String path, double value) {
        EventField f = DatasetFamilies.field(path);
        return new ScenarioField(path, f.min(), f.minOpen(), f.max(), f.whole(), value);
    }

    /**
     * The scenario with the field at {@code paths[n]} set to {@code values[n]} (rounded for whole
     * numbers); the uncertainty block and the hash are kept.
     *
     * @throws IllegalArgumentException for an unknown path, a value outside its field's range, an
     *                                  alpha-max below alpha-base, or a capacity or capital event whose
     *                                  start + duration exceeds the horizon
     */
    public static Scenario apply(Scenario scenario, List<String> paths, double[] values) {
        if (paths.size() != values.length) {
            throw new IllegalArgumentException(paths.size() + " paths but " + values.length + " values");
        }
        Map<String, ScenarioField> fields = new HashMap<>();
        of(scenario).forEach(f -> fields.put(f.path(), f));
        Map<String, Double> model = new HashMap<>();
        Map<Integer, Map<String, Double>> events = new LinkedHashMap<>();
        Map<String, Double> dataset = new HashMap<>(scenario.datasetValues());
        for (int n = 0; n < values.length; n++) {
            String path = paths.get(n);
            ScenarioField field = fields.containsKey(path)
                    ? fields.get(path)
                    : find(scenario, path).orElse(null);
            if (field == null) {
                throw new IllegalArgumentException("scenario " + scenario.name() + " has no field " + path);
            }
            if (!field.allows(values[n])) {
                throw new IllegalArgumentException(path + " = " + values[n] + " is outside its range " + field.range());
            }
            double v = field.adjust(values[n]);
            if (DatasetPath.isDatasetPath(path)) {
                dataset.put(path, v);
            } else if (path.startsWith("model.")) {
                model.put(path.substring("model.".length()), v);
            } else {
                int close = path.indexOf(']');
                events.computeIfAbsent(
                                Integer.parseInt(path.substring("events[".length(), close)), k -> new HashMap<>())
                        .put(path.substring(close + 2), v);
            }
        }
        List<EventSpec> specs = new ArrayList<>(scenario.events());
        events.forEach((index, changes) -> specs.set(index, EventFields.apply(specs.get(index), changes)));
        checkWithinHorizon(specs, scenario.horizon());
        Scenario result = scenario.withModel(model(scenario.model(), model)).withEvents(specs);
        return dataset.equals(scenario.datasetValues()) ? result : result.withDatasetValues(dataset);
    }

    private static ArioParameters model(ArioParameters m, Map<String, Double> values) {
        if (values.isEmpty()) {
            return m;
        }
        double base = values.getOrDefault("alpha-base", m.alphaBase());
        double max = values.getOrDefault("alpha-max", m.alphaMax());
        if (max < base) {
            throw new IllegalArgumentException("model.alpha-max = " + max + " is below model.alpha-base = " + base);
        }
        Map<String, Double> inventory = new HashMap<>(m.inventoryDaysBySector());
        values.forEach((key, v) -> {
            if (key.startsWith("inventory.")) {
                inventory.put(key.substring("inventory.".length()), v);
            }
        });
        return m.withPsi(values.getOrDefault("psi", m.psi()))
                .withAlpha(base, max, values.getOrDefault("alpha-tau", m.alphaTau()))
                .withInventory(values.getOrDefault("inventory-days", m.inventoryDays()), inventory)
                .withRestoration(
                        values.getOrDefault("inventory-restoration-tau", m.inventoryRestorationTau()),
                        m.restorationTauBySector());
    }

    /** The reference's rule for capacity and capital events: recovery must begin within the horizon. */
    private static void checkWithinHorizon(List<EventSpec> specs, int horizon) {
        for (int e = 0; e < specs.size(); e++) {
            EventSpec s = specs.get(e);
            if (s.kind().endsWithinHorizon() && s.start() + s.duration() > horizon) {
                throw new IllegalArgumentException("events[" + e + "]: start " + s.start() + " + duration "
                        + s.duration() + " exceeds the horizon " + horizon);
            }
        }
    }
}
