package org.lodestone.io.scenario;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.lodestone.core.ario.ArioParameters;
import org.lodestone.io.problem.Problems;
import org.lodestone.io.yaml.YamlMap;

/** Reads a scenario's {@code model} mapping into ARIO parameters; absent keys keep the defaults. */
final class ModelReader {

    static final Set<String> KEYS = Set.of(
            "kind",
            "order-type",
            "psi",
            "alpha-base",
            "alpha-max",
            "alpha-tau",
            "inventory-days",
            "inventory",
            "inventory-restoration-tau",
            "monetary-factor");
    private static final double INF = Double.POSITIVE_INFINITY;

    private ModelReader() {}

    static ArioParameters read(YamlMap model, YamlFields f, Problems problems) {
        model.rejectUnknownKeys(KEYS, problems);
        ArioParameters defaults = ArioParameters.defaults();
        ArioParameters.Kind kind = f.choice(model, "kind", false, List.of("ario-psi", "ario-base"))
                .map(k -> k.equals("ario-base") ? ArioParameters.Kind.BASE : ArioParameters.Kind.PSI)
                .orElse(defaults.kind());
        ArioParameters.OrderType orders = f.choice(model, "order-type", false, List.of("alt", "fixed"))
                .map(o -> ArioParameters.OrderType.valueOf(o.toUpperCase(Locale.ROOT)))
                .orElse(defaults.orderType());
        double psi = f.number(model, "psi", false, Double.MIN_VALUE, 1).orElse(defaults.psi());
        double alphaBase =
                f.number(model, "alpha-base", false, Double.MIN_VALUE, INF).orElse(defaults.alphaBase());
        double alphaMax =
                f.number(model, "alpha-max", false, Double.MIN_VALUE, INF).orElse(defaults.alphaMax());
        double alphaTau =
                f.number(model, "alpha-tau", false, Double.MIN_VALUE, INF).orElse(defaults.alphaTau());
        double days =
                f.number(model, "inventory-days", false, Double.MIN_VALUE, INF).orElse(defaults.inventoryDays());
        double tau = f.number(model, "inventory-restoration-tau", false, Double.MIN_VALUE, INF)
                .orElse(defaults.inventoryRestorationTau());
        double money =
                f.number(model, "monetary-factor", false, Double.MIN_VALUE, INF).orElse(defaults.monetaryFactor());
        if (alphaMax < alphaBase) {
            problems.error(
                    model.locationOf("alpha-max"),
                    "alpha-max",
                    String.valueOf(alphaMax),
                    "is below alpha-base (" + alphaBase + ")",
                    "alpha-max >= alpha-base",
                    "");
            alphaMax = alphaBase;
        }
        return defaults.withKind(kind)
                .withOrderType(orders)
                .withPsi(psi)
                .withAlpha(alphaBase, alphaMax, alphaTau)
                .withInventory(days, inventory(model, f, problems))
                .withRestoration(tau, Map.of())
                .withMonetaryFactor(money);
    }

    /** {@code inventory: {sector: days | inf}}. */
    private static Map<String, Double> inventory(YamlMap model, YamlFields f, Problems problems) {
        Map<String, Double> bySector = new TreeMap<>();
        model.map("inventory", problems).ifPresent(inventory -> {
            for (String sector : inventory.keys()) {
                String text = inventory.scalar(sector, true, problems).orElse("");
                if (Set.of("inf", "Inf", "Infinity", "infinity").contains(text)) {
                    bySector.put(sector, INF);
                } else {
                    f.number(inventory, sector, true, Double.MIN_VALUE, INF).ifPresent(v -> bySector.put(sector, v));
                }
            }
        });
        return bySector;
    }
}
