package org.lodestone.core.binding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lodestone.core.ario.ArioModel;
import org.lodestone.core.ario.ArioParameters;
import org.lodestone.core.mrio.FinalDemandColumn;
import org.lodestone.core.mrio.Industry;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.SparseMatrix;
import org.lodestone.core.scenario.EventSpec;
import org.lodestone.core.scenario.NodeRef;
import org.lodestone.core.scenario.Scenario;
import org.lodestone.core.shock.Event;
import org.lodestone.core.shock.RecoveryCurve;
import org.lodestone.core.uncertainty.Uncertainty;

/** Binding the reference's events, which name nodes, to a two-region, two-sector table. */
class NodeEventBindingTest {

    private static final NodeRef A_MFG = new NodeRef("A", "mfg");

    /** Two regions × two sectors; value added of A/mfg = 100 − (10 + 20) = 70, so K = 280. */
    static IoTable table(IoTable.Units units) {
        List<Industry> industries = List.of(
                new Industry("A", "mfg"), new Industry("A", "svc"), new Industry("B", "mfg"), new Industry("B", "svc"));
        double[] z = {
            0, 5, 5, 5,
            10, 0, 5, 5,
            20, 5, 0, 5,
            0, 5, 5, 0
        };
        double[] y = {85, 80, 70, 90};
        double[] x = {100, 100, 100, 100};
        return new IoTable(
                industries,
                List.of(new FinalDemandColumn("A", "final")),
                SparseMatrix.fromDense(4, 4, z),
                SparseMatrix.fromDense(4, 1, y),
                x,
                units,
                units == IoTable.Units.MONETARY ? 1e6 : 1,
                Optional.empty());
    }

    static Scenario scenario(ArioParameters model, EventSpec... events) {
        return new Scenario(
                "t", "x", Optional.empty(), 50, Optional.empty(), model, List.of(events), Uncertainty.none(), "h");
    }

    private static BoundEvents bind(IoTable.Units units, EventSpec... events) {
        ArioModel model = ArioModel.of(table(units), ArioParameters.defaults());
        return ScenarioBinder.bind(scenario(ArioParameters.defaults(), events), model, Optional.empty());
    }

    private static EventSpec.CapitalDestroyed recovering(List<NodeRef> at, double fraction, int start, int duration) {
        return new EventSpec.CapitalDestroyed(
                at,
                fraction,
                start,
                duration,
                Optional.of(new EventSpec.Recovery(RecoveryCurve.LINEAR, 10)),
                Optional.empty());
    }

    private static EventSpec.CapacityLoss loss(List<NodeRef> at, int start, int duration) {
        return new EventSpec.CapacityLoss(at, 0.2, start, duration, RecoveryCurve.LINEAR, 1);
    }

    @Test
    void capitalFractionsBecomeAmountsOfTheNodesCapital() {
        BoundEvents bound = bind(
                IoTable.Units.MONETARY,
                recovering(List.of(A_MFG), 0.5, 2, 3),
                loss(List.of(new NodeRef("B", "svc"), new NodeRef("A", "svc")), 1, 1));

        assertThat(bound.problems()).isEmpty();
        Event.CapitalRecovery capital = (Event.CapitalRecovery) bound.events().get(0);
        assertThat(capital.industries()).containsExactly(0);
        // K = 4 × (100 − 30) = 280; half of it
        assertThat(capital.damages()).containsExactly(140.0);
        assertThat(capital.start()).isEqualTo(2);
        Event.CapacityLoss loss = (Event.CapacityLoss) bound.events().get(1);
        assertThat(loss.industries()).containsExactly(3, 1);
        assertThat(loss.fractions()).containsExactly(0.2, 0.2);
    }

    @Test
    void rebuildSectorsBecomeProducts() {
        EventSpec.CapitalDestroyed rebuilt = new EventSpec.CapitalDestroyed(
                List.of(A_MFG),
                0.1,
                2,
                3,
                Optional.empty(),
                Optional.of(new EventSpec.Rebuild(Map.of("svc", 0.75, "mfg", 0.25), 20, 1)));

        Event.CapitalRebuild rebuild = (Event.CapitalRebuild)
                bind(IoTable.Units.MONETARY, rebuilt).events().get(0);

        assertThat(rebuild.sectorShares()).containsEntry(1, 0.75).containsEntry(0, 0.25);
        assertThat(rebuild.damages()).containsExactly(28.0);
        assertThat(rebuild.tau()).isEqualTo(20);
    }

    @Test
    void unknownNodesNameTheirIndexWithAHint() {
        BoundEvents bound = bind(IoTable.Units.MONETARY, loss(List.of(A_MFG, new NodeRef("A", "mgf")), 1, 2));

        assertThat(bound.events()).isEmpty();
        assertThat(bound.problems())
                .containsExactly(new BindingProblem(
                        0,
                        1,
                        "node",
                        "A/mgf",
                        "is not in the table",
                        "a region and sector (or commodity) of the dataset",
                        "Maybe you meant A/mfg"));
    }

    @Test
    void aNodeNamedTwiceIsAProblemOfTheFirstNode() {
        assertThat(bind(IoTable.Units.MONETARY, loss(List.of(A_MFG, A_MFG), 1, 2))
                        .problems())
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.node()).isZero();
                    assertThat(p.text()).isEqualTo("at '[A/mfg, A/mfg]' names a node twice; expected each node once");
                });
    }

    @Test
    void capacityAndCapitalEventsMustEndWithinTheHorizon() {
        BoundEvents bound = bind(IoTable.Units.MONETARY, loss(List.of(A_MFG), 1, 2), loss(List.of(A_MFG), 45, 10));

        assertThat(bound.problems()).singleElement().satisfies(p -> {
            assertThat(p.event()).isEqualTo(1);
            assertThat(p.node()).isEqualTo(BindingProblem.WHOLE_EVENT);
            assertThat(p.text())
                    .isEqualTo("start '45' plus duration 10 goes beyond the horizon (50); "
                            + "expected start + duration <= horizon. Maybe lengthen the horizon");
        });
    }

    @Test
    void capitalEventsNeedCapital() {
        assertThat(bind(IoTable.Units.PHYSICAL, recovering(List.of(A_MFG), 0.5, 1, 2))
                        .problems())
                .extracting(BindingProblem::text)
                .containsExactly(
                        "type 'capital-destroyed' needs productive capital, which this physical dataset does "
                                + "not give; expected capacity-loss on physical datasets. Use type: capacity-loss with the same fraction");
    }

    @Test
    void perSectorInventoryMustNameATableSector() {
        Scenario s = scenario(ArioParameters.defaults().withInventory(90, Map.of("mfgg", 10.0)));

        assertThat(ScenarioBinder.checkModel(s, table(IoTable.Units.MONETARY)))
                .containsExactly(new BindingProblem(
                        BindingProblem.SCENARIO,
                        BindingProblem.WHOLE_EVENT,
                        "model.inventory",
                        "mfgg",
                        "is not a sector of the table",
                        "one of the table's sectors",
                        "Maybe you meant mfg"));
    }
}
