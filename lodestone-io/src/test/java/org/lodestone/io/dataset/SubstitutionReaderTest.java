package org.lodestone.io.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.lodestone.io.dataset.DatasetLoaderTest.problems;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lodestone.core.model.CommodityId;
import org.lodestone.core.model.Dataset;
import org.lodestone.core.model.InputSubstitution;
import org.lodestone.core.model.Provenance;
import org.lodestone.core.model.SourceId;
import org.lodestone.core.model.Status;
import org.lodestone.core.mrio.DatasetTables;
import org.lodestone.core.mrio.Industry;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.SubstitutableInput;

/** {@code substitution.csv} (format version 2): what it loads into, and each bad row with its location. */
class SubstitutionReaderTest {

    private static final String VERSION_2 =
            DatasetFolder.DATASET_YAML.replace("lodestone-dataset: 1", "lodestone-dataset: 2");
    private static final String HEADER = "output,input,substitutable,substitution_days,source,status,note\n";

    @TempDir
    Path dir;

    private DatasetFolder folder(String rows) {
        return new DatasetFolder().with("dataset.yaml", VERSION_2).with("substitution.csv", HEADER + rows);
    }

    private String at(String file) {
        return dir.resolve(file).toString();
    }

    @Test
    void aRowBecomesAModelRecordAndOnePairPerBuyerOfTheTable() {
        LoadedDataset loaded = DatasetLoader.load(folder("chip,metal,0.3,90,S1,assumed,redesign with less metal\n")
                .writeTo(dir)
                .toString());
        Dataset dataset = loaded.dataset();

        assertThat(dataset.substitutions()).singleElement().satisfies(s -> {
            assertThat(s.output().value()).isEqualTo("chip");
            assertThat(s.input().value()).isEqualTo("metal");
            assertThat(s.substitutable()).isEqualTo(0.3);
            assertThat(s.substitutionDays()).isEqualTo(90);
            assertThat(s.provenance().status()).isEqualTo(Status.ASSUMED);
        });
        IoTable table = DatasetTables.of(dataset, loaded.network());
        int metal = table.sectors().indexOf("metal");
        int usaChip = table.industries().indexOf(new Industry("USA", "chip"));
        assertThat(table.substitutions()).containsExactly(new SubstitutableInput(metal, usaChip, 0.3, 90, Double.NaN));
    }

    @Test
    void aVersionOneFolderWithoutTheFileLoadsWithNoSubstitution() {
        LoadedDataset loaded =
                DatasetLoader.load(new DatasetFolder().writeTo(dir).toString());

        assertThat(loaded.dataset().substitutions()).isEmpty();
        assertThat(DatasetTables.of(loaded.dataset(), loaded.network()).substitutions())
                .isEmpty();
    }

    @Test
    void aVersionOneFolderMustNotHoldTheFile() {
        List<String> problems = problems(folder("chip,metal,0.3,90,S1,observed,\n")
                .with("dataset.yaml", DatasetFolder.DATASET_YAML)
                .writeTo(dir));

        assertThat(problems)
                .containsExactly(
                        at("substitution.csv")
                                + ": error: 'substitution.csv' is a file of dataset format version 2, but dataset.yaml declares version 1;"
                                + " expected lodestone-dataset: 2 in dataset.yaml. Maybe declare lodestone-dataset: 2, or remove substitution.csv");
    }

    @Test
    void unknownCommoditiesAndPairsWithoutARecipe() {
        List<String> problems = problems(folder("chips,metal,0.3,90,S1,observed,\nmetal,chip,0.3,90,S1,observed,\n")
                .writeTo(dir));

        assertThat(problems).hasSize(2);
        assertThat(problems.get(0))
                .startsWith(at("substitution.csv") + ":2:1: error: output 'chips' is not a known commodity");
        assertThat(problems.get(1))
                .isEqualTo(
                        at("substitution.csv")
                                + ":3:7: error: input 'metal <- chip' is not a recipe input: recipes.csv has no row for this (output, input) pair;"
                                + " expected an (output, input) pair of recipes.csv. Maybe the output and input are swapped, or the recipe row is missing");
    }

    @Test
    void valuesOutOfRange() {
        List<String> problems =
                problems(folder("chip,metal,1.5,-3,S1,observed,\n").writeTo(dir));

        assertThat(problems)
                .containsExactly(
                        at("substitution.csv")
                                + ":2:12: error: substitutable '1.5' is above 1; expected a fraction between 0 and 1",
                        at("substitution.csv")
                                + ":2:16: error: substitution_days '-3' is negative; expected a number >= 0");
    }

    @Test
    void anEssentialInputCannotBeFullySubstitutable() {
        List<String> problems = problems(folder("chip,metal,1,0,S1,observed,\n").writeTo(dir));

        assertThat(problems)
                .containsExactly(at("substitution.csv")
                        + ":2:12: error: substitutable '1' makes the input fully substitutable, but "
                        + at("recipes.csv")
                        + ":3 marks it essential=true; expected a share below 1 for an essential input."
                        + " Maybe the recipe row should say essential=false");
    }

    @Test
    void anInputWithAnInfiniteStockCannotRunShort() {
        List<String> problems = problems(folder("metal,ore,0.5,30,S1,observed,\n")
                .with("recipes.csv", DatasetFolder.RECIPES.replace("metal,ore,2,true,30", "metal,ore,2,false,inf"))
                .writeTo(dir));

        assertThat(problems)
                .singleElement()
                .asString()
                .startsWith(at("substitution.csv") + ":2:1: error: 'metal <- ore' can partly do without its input, but "
                        + at("recipes.csv") + ":2 gives it inventory_days inf");
    }

    @Test
    void oneRowPerPair() {
        List<String> problems = problems(folder("chip,metal,0.3,90,S1,observed,\nchip,metal,0.4,90,S1,observed,\n")
                .writeTo(dir));

        assertThat(problems)
                .containsExactly(
                        at("substitution.csv")
                                + ":3:1: error: 'chip <- metal' repeats the (output, input) of line 2; expected one row per (output, input)");
    }

    @Test
    void theModelRecordChecksItsRange() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new InputSubstitution(
                        CommodityId.of("chip"),
                        CommodityId.of("metal"),
                        1.2,
                        0,
                        new Provenance(List.of(SourceId.of("S1")), Status.ASSUMED, "x")))
                .withMessageContaining("must be in [0, 1], was 1.2");
    }
}
