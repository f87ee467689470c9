package org.lodestone.io.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.lodestone.core.scenario.EventSpec;
import org.lodestone.core.shock.EventField;
import org.lodestone.io.problem.Problems;
import org.lodestone.io.yaml.YamlMap;

/**
 * Reads an {@code export-control} event (docs/scenario-format.md): who controls what against whom,
 * its reach ({@code direct}, or {@code content} with a {@code depth}), the end uses it screens and
 * its licensing, with approval rates by target region and by end use.
 */
final class ExportControlReader {

    private static final String BY_TARGET = "by-target";
    private static final String BY_END_USE = "by-end-use";

    private final MarketEventReader market;
    private final EventReader events;
    private final YamlFields f;
    private final Problems problems;

    ExportControlReader(MarketEventReader market, EventReader events, YamlFields f, Problems problems) {
        this.market = market;
        this.events = events;
        this.f = f;
        this.problems = problems;
    }

    Optional<EventSpec> read(YamlMap e) {
        Optional<String> imposer = f.text(e, "imposer", true);
        List<String> commodities = market.commodities(e);
        Optional<EventSpec.Targets> targets = market.targets(e, "targets");
        OptionalDouble share = f.real(e, EventField.SHARE_BLOCKED, true);
        OptionalInt start = events.start(e);
        OptionalInt duration = market.duration(e, start);
        Optional<EventSpec.Reach> reach = reach(e);
        Optional<List<String>> endUses = endUses(e);
        Optional<Licensing> licensing = licensing(e);
        if (imposer.isEmpty()
                || commodities.isEmpty()
                || targets.isEmpty()
                || share.isEmpty()
                || start.isEmpty()
                || duration.isEmpty()
                || reach.isEmpty()
                || endUses.isEmpty()
                || licensing.isEmpty()) {
            return Optional.empty();
        }
        Licensing l = licensing.get();
        return Optional.of(new EventSpec.ExportControl(
                imposer.get(),
                commodities,
                targets.get(),
                share.getAsDouble(),
                start.getAsInt(),
                duration.getAsInt(),
                l.rate(),
                l.delayDays(),
                reach.get(),
                endUses.get(),
                l.byTarget(),
                l.byEndUse()));
    }

    /**
     * {@code reach: direct | content} (default direct) and, for content only, {@code depth}
     * (default 1) and {@code content-goods} (default every good).
     */
    private Optional<EventSpec.Reach> reach(YamlMap e) {
        Optional<String> kind = f.choice(e, "reach", false, List.of("direct", "content"));
        if (e.has("reach") && kind.isEmpty()) {
            return Optional.empty();
        }
        boolean content = kind.map("content"::equals).orElse(false);
        boolean ok = true;
        for (String key : List.of("depth", "content-goods")) {
            if (!content && e.has(key)) {
                ok = false;
                problems.error(
                        e.locationOf(key),
                        key,
                        key.equals("depth") ? e.scalar(key, false, problems).orElse("") : "",
                        "applies only to reach: content",
                        "reach: content with " + key + ", or no " + key,
                        "");
            }
        }
        OptionalInt depth = content ? f.whole(e, EventField.DEPTH, false) : OptionalInt.empty();
        List<String> goods = content ? e.listOfScalars("content-goods", problems) : List.of();
        if (!ok || (content && e.has("depth") && depth.isEmpty())) {
            return Optional.empty();
        }
        if (content && e.has("content-goods") && goods.isEmpty()) {
            problems.error(
                    e.locationOf("content-goods"),
                    "content-goods",
                    "",
                    "is empty",
                    "a list of the commodities content reach covers, or no content-goods (every good)",
                    "");
            return Optional.empty();
        }
        return Optional.of(content ? new EventSpec.Reach(true, depth.orElse(1), goods) : EventSpec.Reach.DIRECT);
    }

    /** {@code end-uses: [..]}: absent means every buyer; present, a non-empty list. */
    private Optional<List<String>> endUses(YamlMap e) {
        List<String> uses = e.listOfScalars("end-uses", problems);
        if (e.has("end-uses") && uses.isEmpty()) {
            problems.error(
                    e.locationOf("end-uses"),
                    "end-uses",
                    "",
                    "is empty",
                    "a list of end-use commodities (or final-demand categories), or no end-uses",
                    "");
            return Optional.empty();
        }
        return Optional.of(uses);
    }

    /** The licensing block; no block means no licences (approval 0). */
    private Optional<Licensing> licensing(YamlMap e) {
        Optional<YamlMap> block = e.map("licensing", problems);
        if (block.isEmpty()) {
            return e.has("licensing") ? Optional.empty() : Optional.of(new Licensing(0, 0, Map.of(), Map.of()));
        }
        YamlMap l = block.get();
        l.rejectUnknownKeys(Set.of("approval-rate", "delay-days", BY_TARGET, BY_END_USE), problems);
        OptionalDouble rate = f.real(l, EventField.APPROVAL_RATE, true);
        OptionalInt delay = f.whole(l, EventField.LICENSING_DELAY, false);
        Optional<Map<String, Double>> byTarget = rates(l, BY_TARGET);
        Optional<Map<String, Double>> byEndUse = rates(l, BY_END_USE);
        if (rate.isEmpty() || (l.has("delay-days") && delay.isEmpty()) || byTarget.isEmpty() || byEndUse.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Licensing(rate.getAsDouble(), delay.orElse(0), byTarget.get(), byEndUse.get()));
    }

    /** {@code by-target: {REGION: rate, ..}} or {@code by-end-use: {END-USE: rate, ..}}, each rate in [0, 1]. */
    private Optional<Map<String, Double>> rates(YamlMap licensing, String key) {
        if (!licensing.has(key)) {
            return Optional.of(Map.of());
        }
        Optional<YamlMap> map = licensing.map(key, problems);
        if (map.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Double> rates = new LinkedHashMap<>();
        boolean ok = true;
        for (String name : map.get().keys()) {
            OptionalDouble rate = f.real(map.get(), EventField.approvalFor(key, name), true);
            ok &= rate.isPresent();
            rate.ifPresent(r -> rates.put(name, r));
        }
        if (rates.isEmpty() && ok) {
            problems.error(
                    licensing.locationOf(key),
                    key,
                    "",
                    "is empty",
                    key.equals(BY_TARGET) ? "{REGION: rate, ...}" : "{END-USE: rate, ...}",
                    "");
            return Optional.empty();
        }
        return ok ? Optional.of(rates) : Optional.empty();
    }

    /** The licensing block as read: default rate, delay and the rates by target and by end use. */
    private record Licensing(double rate, int delayDays, Map<String, Double> byTarget, Map<String, Double> byEndUse) {}
}
