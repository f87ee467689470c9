package org.lodestone.io.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lodestone.core.ario.ArioParameters;
import org.lodestone.core.mrio.FinalDemandColumn;
import org.lodestone.core.mrio.Industry;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.SparseMatrix;
import org.lodestone.core.shock.Event;
import org.lodestone.io.problem.InputException;
import org.lodestone.io.problem.Problem;

class ScenarioBinderTest {

    @TempDir
    Path dir;

    /** Two regions × two sectors; value added of A/mfg = 100 − (10 + 20) = 70, so K = 280. */
    private static IoTable table(IoTable.Units units) {
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

    private LocatedScenario scenario(String events) throws IOException {
        return ScenarioReader.read(Files.writeString(
                dir.resolve("s.yaml"), "lodestone: 1\nname: t\ndataset: x\nhorizon: 50\nevents:\n" + events));
    }

    private List<String> problems(String events, IoTable table) throws IOException {
        LocatedScenario s = scenario(events);
        try {
            ScenarioBinder.bind(s, table, ArioParameters.defaults());
        } catch (InputException e) {
            return e.problems().stream()
                    .map(Problem::format)
                    .map(p -> p.replace(s.file().toString(), "s.yaml"))
                    .toList();
        }
        throw new AssertionError("expected binding to fail");
    }

    @Test
    void capitalFractionsBecomeAmountsOfTheNodesCapital() throws IOException {
        ScenarioBinder.Bound bound = ScenarioBinder.bind(
                scenario(
                        "  - {type: capital-destroyed, at: {region: A, sector: mfg}, fraction: 0.5, start: 2, duration: 3, recovery: {tau: 10}}\n"
                                + "  - {type: capacity-loss, at: [{region: B, sector: svc}, {region: A, sector: svc}], fraction: 0.2, start: 1, duration: 1}\n"),
                table(IoTable.Units.MONETARY),
                ArioParameters.defaults());

        assertThat(bound.events()).hasSize(2);
        Event.CapitalRecovery capital = (Event.CapitalRecovery) bound.events().get(0);
        assertThat(capital.industries()).containsExactly(0);
        // K = 4 × (100 − 30) = 280; half of it
        assertThat(capital.damages()).containsExactly(140.0);
        Event.CapacityLoss loss = (Event.CapacityLoss) bound.events().get(1);
        assertThat(loss.industries()).containsExactly(3, 1);
        assertThat(loss.fractions()).containsExactly(0.2, 0.2);
    }

    @Test
    void rebuildSectorsBecomeProducts() throws IOException {
        ScenarioBinder.Bound bound = ScenarioBinder.bind(
                scenario(
                        "  - {type: capital-destroyed, at: {region: A, sector: mfg}, fraction: 0.1, start: 2, duration: 3,\n"
                                + "     rebuild: {sectors: {svc: 0.75, mfg: 0.25}, tau: 20}}\n"),
                table(IoTable.Units.MONETARY),
                ArioParameters.defaults());

        Event.CapitalRebuild rebuild = (Event.CapitalRebuild) bound.events().get(0);
        assertThat(rebuild.sectorShares()).containsEntry(1, 0.75).containsEntry(0, 0.25);
        assertThat(rebuild.tau()).isEqualTo(20);
        assertThat(rebuild.factor()).isEqualTo(1.0);
    }

    @Test
    void unknownNodesAreLocatedWithAHint() throws IOException {
        assertThat(problems(
                        "  - {type: capacity-loss, at: [{region: A, sector: mfg}, {region: A, sector: mgf}], fraction: 0.5, start: 1, duration: 2}\n",
                        table(IoTable.Units.MONETARY)))
                .containsExactly(
                        "s.yaml:6:58: error: node 'A/mgf' is not in the table; expected a region and sector (or commodity) of the dataset. "
                                + "Maybe you meant A/mfg");
    }

    @Test
    void eventsMustEndWithinTheHorizon() throws IOException {
        assertThat(problems(
                        "  - {type: capacity-loss, at: {region: A, sector: mfg}, fraction: 0.5, start: 45, duration: 10}\n",
                        table(IoTable.Units.MONETARY)))
                .containsExactly(
                        "s.yaml:6:5: error: start '45' plus duration 10 goes beyond the horizon (50); expected start + duration <= horizon. "
                                + "Maybe lengthen the horizon");
    }

    @Test
    void capitalEventsNeedCapital() throws IOException {
        assertThat(problems(
                        "  - {type: capital-destroyed, at: {region: A, sector: mfg}, fraction: 0.5, start: 1, duration: 2, recovery: {tau: 5}}\n",
                        table(IoTable.Units.PHYSICAL)))
                .containsExactly(
                        "s.yaml:6:5: error: type 'capital-destroyed' needs productive capital, which this physical dataset does not give; "
                                + "expected capacity-loss on physical datasets. Use type: capacity-loss with the same fraction");
    }

    @Test
    void perSectorInventoryMustNameATableSector() throws IOException {
        LocatedScenario s = ScenarioReader.read(Files.writeString(
                dir.resolve("m.yaml"),
                "lodestone: 1\nname: t\ndataset: x\nhorizon: 5\nmodel: {inventory: {mfgg: 10}}\n"));
        assertThatThrownBy(() -> ScenarioBinder.bind(s, table(IoTable.Units.MONETARY), ArioParameters.defaults()))
                .hasMessageContaining(
                        "model.inventory 'mfgg' is not a sector of the table; expected one of the table's sectors. Maybe you meant mfg");
    }
}
