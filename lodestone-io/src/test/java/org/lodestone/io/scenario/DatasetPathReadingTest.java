package org.lodestone.io.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lodestone.core.model.Dataset;
import org.lodestone.core.mrio.DatasetTables;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.io.dataset.DatasetLoader;
import org.lodestone.io.dataset.LoadedDataset;
import org.lodestone.io.problem.InputException;
import org.lodestone.io.problem.Problem;

/**
 * Dataset paths in scenario files: {@code overrides} and {@code uncertainty.vary} keys of the form
 * {@code dataset.substitution[OUTPUT,INPUT].FIELD}. Syntax, family, field and range are checked
 * when the file is read; the row when it is bound to its dataset; each problem at the key.
 */
class DatasetPathReadingTest {

    private static final String HEAD = """
            lodestone: 1
            name: ree
            dataset: builtin:ai-stack
            horizon: 100
            events:
              - {type: export-control, imposer: CHN, commodities: [ndfeb-magnet], targets: all,
                 share-blocked: 0.75, start: 1, duration: 100}
            """;
    private static final String SERVER_SHARE = "dataset.substitution[ai-server,ndfeb-magnet].substitutable";

    @TempDir
    Path dir;

    private LocatedScenario read(String rest) throws IOException {
        return ScenarioReader.read(Files.writeString(dir.resolve("s.yaml"), HEAD + rest));
    }

    private List<String> problems(String rest) throws IOException {
        Path file = dir.resolve("s.yaml");
        try {
            LocatedScenario s = read(rest);
            LoadedDataset loaded = DatasetLoader.load("builtin:ai-stack");
            Dataset dataset = loaded.dataset();
            IoTable table = DatasetTables.of(dataset, loaded.network());
            new MemberBinding(s, table, Optional.of(dataset));
        } catch (InputException e) {
            return e.problems().stream()
                    .map(Problem::format)
                    .map(p -> p.replace(file.toString(), "s.yaml"))
                    .toList();
        }
        throw new AssertionError("expected the scenario to be rejected");
    }

    @Test
    void overridesAndVariedDatasetPathsAreRead() throws IOException {
        LocatedScenario s = read("""
                overrides:
                  dataset.substitution[ai-server,ndfeb-magnet].substitution_days: 90
                uncertainty:
                  vary:
                    dataset.substitution[ai-server,ndfeb-magnet].substitutable: {dist: uniform, min: 0.2, max: 0.8}
                """);

        assertThat(s.scenario().datasetValues())
                .isEqualTo(Map.of("dataset.substitution[ai-server,ndfeb-magnet].substitution_days", 90.0));
        assertThat(s.scenario().uncertainty().paths()).containsExactly(SERVER_SHARE);
        assertThat(s.datasetPaths().get(SERVER_SHARE).line()).isEqualTo(12);
    }

    @Test
    void aMalformedPathIsReportedAtItsKeyWithAHint() throws IOException {
        assertThat(problems("""
                uncertainty:
                  vary:
                    dataset.substition[ai-server,ndfeb-magnet].substitutable: {dist: uniform, min: 0.2, max: 0.8}
                    dataset.substitution[ai-server,ndfeb-magnet].share: {dist: uniform, min: 0.2, max: 0.8}
                """))
                .containsExactly(
                        "s.yaml:10:5: error: vary 'dataset.substition[ai-server,ndfeb-magnet].substitutable' names no "
                                + "family of dataset parameters: substition; expected one of final_stocks, "
                                + "production, qualification, spare_capacity, substitution. Maybe you meant substitution",
                        "s.yaml:11:5: error: vary 'dataset.substitution[ai-server,ndfeb-magnet].share' names no field "
                                + "of substitution: share; expected one of substitutable, substitution_days");
    }

    @Test
    void valuesMustStayInTheFieldsRange() throws IOException {
        assertThat(problems("""
                overrides:
                  dataset.substitution[ai-server,ndfeb-magnet].substitutable: 1.4
                  model.psi: 0.5
                uncertainty:
                  vary:
                    dataset.substitution[ai-server,ndfeb-magnet].substitutable: {dist: uniform, min: 0.5, max: 1.5}
                """))
                .hasSize(3)
                .anySatisfy(p -> assertThat(p)
                        .startsWith("s.yaml:9:63: error: dataset.substitution[ai-server,"
                                + "ndfeb-magnet].substitutable '1.4' is out of range"))
                .anySatisfy(p ->
                        assertThat(p).startsWith("s.yaml:10:3: error: overrides 'model.psi' is not a dataset path"))
                .anySatisfy(p ->
                        assertThat(p).contains("gives values outside the field's range; expected values in [0, 1]"));
    }

    @Test
    void aRowTheDatasetLacksIsReportedAtItsKeyWhenBound() throws IOException {
        assertThat(problems("""
                uncertainty:
                  vary:
                    dataset.substitution[ai-server,ndfeb-magent].substitutable: {dist: uniform, min: 0.2, max: 0.8}
                """))
                .singleElement()
                .asString()
                .startsWith(
                        "s.yaml:10:5: error: dataset path 'dataset.substitution[ai-server,ndfeb-magent].substitutable' "
                                + "names no row of substitution: no input ndfeb-magent with output ai-server in dataset ai-stack; "
                                + "expected one of ")
                .endsWith("Maybe you meant ndfeb-magnet");
    }
}
