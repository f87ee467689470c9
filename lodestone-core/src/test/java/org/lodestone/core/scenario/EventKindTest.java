package org.lodestone.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lodestone.core.shock.EventField;
import org.lodestone.core.shock.RecoveryCurve;

/** Each kind's field table is what the records check and what the uncertainty paths offer. */
class EventKindTest {

    private static final List<NodeRef> AT = List.of(new NodeRef("TWN", "wafer"));

    /** One event of every kind, capital destroyed both ways. */
    static List<EventSpec> oneOfEach() {
        EventSpec.Targets all = EventSpec.Targets.everyone();
        return List.of(
                new EventSpec.CapacityLoss(AT, 0.5, 1, 10, RecoveryCurve.LINEAR, 30),
                new EventSpec.CapitalDestroyed(
                        AT,
                        0.5,
                        1,
                        10,
                        Optional.of(new EventSpec.Recovery(RecoveryCurve.CONVEX, 30)),
                        Optional.empty()),
                new EventSpec.CapitalDestroyed(
                        AT, 0.5, 1, 10, Optional.empty(), Optional.of(new EventSpec.Rebuild(Map.of("x", 1.0), 20, 1))),
                new EventSpec.ExportControl("CHN", List.of("gallium"), all, 0.9, 1, 10, 0.5, 30),
                new EventSpec.LogisticsDisruption("malacca", 0.5, 7, 1, 10),
                new EventSpec.DemandShock(List.of("ai-compute"), all, 1.3, 1, 10),
                new EventSpec.StockRelease("USA", "gallium", 5, 1, 10));
    }

    @Test
    void theUncertaintyPathsOfEveryKindAreKeysOfItsFieldTable() {
        for (EventSpec event : oneOfEach()) {
            List<String> table =
                    event.kind().fields().stream().map(EventField::key).toList();
            assertThat(EventFields.of("", event, 365))
                    .as(event.type())
                    .extracting(ScenarioField::path)
                    .isSubsetOf(table)
                    .contains("start", "duration");
            assertThat(EventFields.of("", event, 365))
                    .allSatisfy(f -> assertThat(f.value()).isEqualTo(valueOf(event, f.path())));
        }
    }

    private static double valueOf(EventSpec event, String key) {
        return EventFields.values(event).entrySet().stream()
                .filter(e -> e.getKey().key().equals(key))
                .findFirst()
                .orElseThrow()
                .getValue();
    }

    @Test
    void everyKindIsFoundByItsTypeAndUnknownTypesAreNot() {
        for (EventSpec event : oneOfEach()) {
            assertThat(EventKind.of(event.type())).hasValue(event.kind());
            assertThat(event.kind().keys()).contains("type", "start", "duration");
        }
        assertThat(EventKind.of("price-cap")).isEmpty();
        assertThat(EventKind.types())
                .containsExactly(
                        "capacity-loss",
                        "capital-destroyed",
                        "export-control",
                        "logistics-disruption",
                        "demand-shock",
                        "stock-release");
    }

    @Test
    void recordsRefuseNumbersOutsideTheirFieldsRange() {
        EventSpec.Targets all = EventSpec.Targets.everyone();
        assertThatThrownBy(() -> new EventSpec.CapacityLoss(AT, 0, 1, 10, RecoveryCurve.LINEAR, 30))
                .hasMessage("fraction must be in (0, 1], was 0.0");
        assertThatThrownBy(() -> new EventSpec.ExportControl("CHN", List.of("gallium"), all, 1.5, 1, 10, 0, 0))
                .hasMessage("share-blocked must be in [0, 1], was 1.5");
        assertThatThrownBy(() -> new EventSpec.LogisticsDisruption("malacca", -0.1, 0, 1, 10))
                .hasMessage("share-blocked must be in [0, 1], was -0.1");
        assertThatThrownBy(() -> new EventSpec.ExportControl("CHN", List.of("gallium"), all, 1, 1, 10, 0, -1))
                .hasMessage("licensing.delay-days must be a whole number >= 0, was -1");
        assertThatThrownBy(() -> new EventSpec.StockRelease("USA", "gallium", 0, 1, 10))
                .hasMessage("rate must be a number > 0, was 0.0");
        assertThatThrownBy(() -> new EventSpec.DemandShock(List.of("x"), all, Double.POSITIVE_INFINITY, 1, 10))
                .hasMessage("factor must be a number >= 0, was Infinity");
        assertThatThrownBy(() -> new EventSpec.DemandShock(List.of("x"), all, 1, 0, 10))
                .hasMessage("start must be a whole number >= 1, was 0");
    }

    @Test
    void aWholeFieldRefusesFractionsAndAnOpenEndRefusesItself() {
        assertThat(EventField.REBUILD_TAU.allows(2.5)).isFalse();
        assertThat(EventField.REBUILD_TAU.allows(2)).isTrue();
        assertThat(EventField.FRACTION.allows(0)).isFalse();
        assertThat(EventField.FRACTION.allows(1)).isTrue();
        assertThat(EventField.SHARE_BLOCKED.allows(0)).isTrue();
        assertThat(EventField.APPROVAL_RATE.leaf()).isEqualTo("approval-rate");
    }
}
