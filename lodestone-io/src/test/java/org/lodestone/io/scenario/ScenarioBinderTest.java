package org.lodestone.io.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lodestone.core.ario.ArioParameters;
import org.lodestone.core.binding.BoundEvents;
import org.lodestone.core.mrio.FinalDemandColumn;
import org.lodestone.core.mrio.Industry;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.SparseMatrix;
import org.lodestone.core.shock.Event;
import org.lodestone.io.problem.InputException;
import org.lodestone.io.problem.Problem;

/**
 * The io side of binding: core binds and reports problems by event and node index; these tests
 * check that each problem is reported at the line and column where its event or node was written.
 * The binding itself is tested in core ({@code NodeEventBindingTest}, {@code MarketEventBindingTest}).
 */
class ScenarioBinderTest {

    @TempDir
    Path dir;

    /** Two regions × two sectors; value added of A/mfg = 100 − (10 + 20) = 70, so K = 280. */
    private static IoTable table() {
        List<Industry> industries = List.of(
                new Industry("A", "mfg"), new Industry("A", "svc"), new Industry("B", "mfg"), new Industry("B", "svc"));
        double[] z = {
            0, 5, 5, 5,
            10, 0, 5, 5,
            20, 5, 0, 5,
            0, 5, 5, 0
        };
        return new IoTable(
                industries,
                List.of(new FinalDemandColumn("A", "final")),
                SparseMatrix.fromDense(4, 4, z),
                SparseMatrix.fromDense(4, 1, new double[] {85, 80, 70, 90}),
                new double[] {100, 100, 100, 100},
                IoTable.Units.MONETARY,
                1e6,
                Optional.empty());
    }

    private LocatedScenario scenario(String rest) throws IOException {
        return ScenarioReader.read(
                Files.writeString(dir.resolve("s.yaml"), "lodestone: 1\nname: t\ndataset: x\nhorizon: 50\n" + rest));
    }

    private List<String> problems(String rest) throws IOException {
        LocatedScenario s = scenario(rest);
        try {
            ScenarioBinder.bind(s, table(), ArioParameters.defaults(), Optional.empty());
        } catch (InputException e) {
            return e.problems().stream()
                    .map(Problem::format)
                    .map(p -> p.replace(s.file().toString(), "s.yaml"))
                    .toList();
        }
        throw new AssertionError("expected binding to fail");
    }

    @Test
    void boundEventsComeBackWithTheModel() throws IOException {
        BoundEvents bound = ScenarioBinder.bind(
                scenario(
                        "events:\n"
                                + "  - {type: capital-destroyed, at: {region: A, sector: mfg}, fraction: 0.5, start: 2, duration: 3, recovery: {tau: 10}}\n"),
                table(),
                ArioParameters.defaults(),
                Optional.empty());

        assertThat(bound.model().table().size()).isEqualTo(4);
        assertThat(((Event.CapitalRecovery) bound.events().get(0)).damages()).containsExactly(140.0);
    }

    @Test
    void aNodeProblemIsAtTheNode() throws IOException {
        assertThat(
                        problems(
                                "events:\n"
                                        + "  - {type: capacity-loss, at: [{region: A, sector: mfg}, {region: A, sector: mgf}], fraction: 0.5, start: 1, duration: 2}\n"))
                .containsExactly(
                        "s.yaml:6:58: error: node 'A/mgf' is not in the table; expected a region and sector (or commodity) of the dataset. "
                                + "Maybe you meant A/mfg");
    }

    @Test
    void anEventProblemIsAtTheEvent() throws IOException {
        assertThat(
                        problems(
                                "events:\n"
                                        + "  - {type: capacity-loss, at: {region: A, sector: mfg}, fraction: 0.5, start: 1, duration: 2}\n"
                                        + "  - {type: capacity-loss, at: {region: A, sector: mfg}, fraction: 0.5, start: 45, duration: 10}\n"
                                        + "  - {type: logistics-disruption, chokepoint: malacca, share-blocked: 1, start: 1, duration: 5}\n"))
                .containsExactly(
                        "s.yaml:7:5: error: start '45' plus duration 10 goes beyond the horizon (50); expected start + duration <= horizon. "
                                + "Maybe lengthen the horizon",
                        "s.yaml:8:5: error: chokepoint 'malacca' needs a Lodestone dataset with chokepoints and routes; "
                                + "expected a dataset with chokepoints.csv");
    }

    @Test
    void anExportControlsUnknownEndUseGoodAndTargetRateAreAtTheEvent() throws IOException {
        // the table alone: its sectors stand in for end uses and content goods
        assertThat(problems("events:\n"
                        + "  - {type: export-control, imposer: A, commodities: [mfg], targets: [B], share-blocked: 1,\n"
                        + "     start: 1, duration: 5, reach: content, content-goods: [svv], end-uses: [mgf],\n"
                        + "     licensing: {approval-rate: 0.5, by-target: {C: 0}}}\n"))
                .containsExactly(
                        "s.yaml:6:5: error: end-uses 'mgf' is not an end use of the table; expected one of mfg, svc. "
                                + "Maybe you meant mfg",
                        "s.yaml:6:5: error: licensing.by-target 'C' is not a target of the control; expected one of B. "
                                + "Maybe you meant B",
                        "s.yaml:6:5: error: content-goods 'svv' is not a commodity (sector) of the table; expected a "
                                + "commodity id of the dataset. Maybe you meant svc");
    }

    @Test
    void aModelProblemIsAtTheFile() throws IOException {
        assertThat(problems("model: {inventory: {mfgg: 10}}\n"))
                .containsExactly(
                        "s.yaml: error: model.inventory 'mfgg' is not a sector of the table; expected one of the table's sectors. "
                                + "Maybe you meant mfg");
    }
}
