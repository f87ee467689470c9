package org.lodestone.app.stresstest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lodestone.app.run.Scope;
import org.lodestone.core.model.CommodityId;
import org.lodestone.core.scenario.EventSpec;
import org.lodestone.core.scenario.NodeRef;

/** One line of plain words per scenario event, for the report's timeline. */
final class EventText {

    private EventText() {}

    /** What the event does, e.g. {@code CHN blocks 90% of rare-earth-oxide exports to group:pax-silica}. */
    static String describe(EventSpec event, Scope scope) {
        String when = String.format(Locale.ROOT, ", days %d-%d", event.start(), event.start() + event.duration());
        return event.accept(new Words(when, scope));
    }

    /** The words for each kind, followed by {@code when}. */
    private record Words(String when, Scope scope) implements EventSpec.Visitor<String> {
        @Override
        public String capacityLoss(EventSpec.CapacityLoss c) {
            return String.format(
                    Locale.ROOT,
                    "capacity loss: %s of %s%s, then %s recovery over %s days",
                    pct(c.fraction()),
                    nodes(c.at()),
                    when,
                    c.curve().key(),
                    number(c.tau()));
        }

        @Override
        public String capitalDestroyed(EventSpec.CapitalDestroyed c) {
            return "capital destroyed: " + pct(c.fraction()) + " of " + nodes(c.at()) + when;
        }

        @Override
        public String exportControl(EventSpec.ExportControl c) {
            String licensing = c.approvalRate() > 0
                            || c.delayDays() > 0
                            || !c.approvalByTarget().isEmpty()
                    ? String.format(
                            Locale.ROOT,
                            "; licences approve %s after %d days%s",
                            pct(c.approvalRate()),
                            c.delayDays(),
                            rates(c))
                    : "";
            String reach = c.reach().content()
                    ? " and of goods made elsewhere that contain them ("
                            + c.reach().depth() + " tier" + (c.reach().depth() == 1 ? "" : "s") + " down)"
                    : "";
            String uses = c.endUses().isEmpty() ? "" : " for " + String.join(", ", c.endUses());
            return String.format(
                    Locale.ROOT,
                    "export control: %s blocks %s of %s exports%s to %s%s%s%s",
                    c.imposer(),
                    pct(c.share()),
                    String.join(", ", c.commodities()),
                    reach,
                    c.targets(),
                    uses,
                    when,
                    licensing);
        }

        /** The approval rates by end use and by target, e.g. {@code " (USA 3%, defence-system 0%)"}. */
        private static String rates(EventSpec.ExportControl c) {
            List<String> rates = new ArrayList<>();
            c.approvalByEndUse().forEach((use, rate) -> rates.add(use + " " + pct(rate)));
            c.approvalByTarget().forEach((region, rate) -> rates.add(region + " " + pct(rate)));
            return rates.isEmpty() ? "" : " (" + String.join(", ", rates) + ")";
        }

        @Override
        public String logisticsDisruption(EventSpec.LogisticsDisruption d) {
            return String.format(
                    Locale.ROOT,
                    "logistics disruption: %s, %s of crossing flows blocked%s%s",
                    d.chokepoint(),
                    pct(d.share()),
                    d.delayDays() > 0 ? ", " + d.delayDays() + " days' delay" : "",
                    when);
        }

        @Override
        public String demandShock(EventSpec.DemandShock d) {
            return String.format(
                    Locale.ROOT,
                    "demand shock: final demand for %s in %s x %s%s",
                    String.join(", ", d.commodities()),
                    d.regions(),
                    number(d.factor()),
                    when);
        }

        @Override
        public String stockRelease(EventSpec.StockRelease r) {
            String unit = scope.dataset()
                    .commodity(CommodityId.of(r.commodity()))
                    .map(c -> " " + c.unit())
                    .orElse("");
            return String.format(
                    Locale.ROOT,
                    "stock release: %s releases %s%s of %s per day%s",
                    r.region(),
                    number(r.ratePerDay()),
                    unit,
                    r.commodity(),
                    when);
        }
    }

    private static String nodes(List<NodeRef> at) {
        return String.join(", ", at.stream().map(NodeRef::toString).toList());
    }

    private static String pct(double fraction) {
        return number(100 * fraction) + "%";
    }

    private static String number(double value) {
        return value == Math.rint(value)
                ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.4g", value);
    }
}
