package org.lodestone.io.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestone.io.dataset.DatasetLoaderTest.problems;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad input, with its message and exact location. */
class DatasetErrorsTest {

    @TempDir
    Path dir;

    private List<String> problemsWith(String file, String text) {
        return problems(new DatasetFolder().with(file, text).writeTo(dir));
    }

    private String at(String file) {
        return dir.resolve(file).toString();
    }

    @Test
    void unknownColumnListsTheValidOnes() {
        List<String> problems = problemsWith("regions.csv", "code,name,population\nCHN,China,1400\n");

        assertThat(problems)
                .contains(at("regions.csv")
                        + ":1:11: error: column 'population' is not a known column; expected one of code, name");
    }

    @Test
    void missingRequiredColumn() {
        List<String> problems = problemsWith("commodities.csv", "id,name,layer,stage\nore,Ore,minerals,mining\n");

        assertThat(problems)
                .contains(
                        at("commodities.csv")
                                + ":1:1: error: column 'unit' is missing from the header; expected the columns id,name,layer,stage,unit");
    }

    @Test
    void aRenamedProductionColumnIsOneErrorWithoutFollowOns() {
        List<String> problems = problemsWith("production.csv", """
                commodity,region,qty,source,status,note
                ore,CHN,60,S1,observed,
                """);

        assertThat(problems)
                .containsExactly(at("production.csv")
                        + ":1:18: error: column 'qty' is not a known column and 'quantity' is missing; expected one "
                        + "of commodity, note, quantity, region, source, status. Maybe rename it to quantity");
    }

    @Test
    void aSemicolonSeparatedCatalogIsOneErrorWithoutFollowOns() {
        List<String> problems = problemsWith("regions.csv", "code;name\nCHN;China\nJPN;Japan\n");

        assertThat(problems)
                .singleElement()
                .asString()
                .startsWith(at("regions.csv") + ":1:1: error: is separated by semicolons (;), not commas");
    }

    @Test
    void unknownKeyInDatasetYamlListsTheValidKeys() {
        List<String> problems = problemsWith("dataset.yaml", DatasetFolder.DATASET_YAML + "licence: CC-BY\n");

        assertThat(problems)
                .singleElement()
                .asString()
                .startsWith(
                        at("dataset.yaml")
                                + ":7:1: error: key 'licence' is not a known key; expected one of default-coalition, description, id,");
    }

    @Test
    void unknownCommodityRegionAndSourceIdsWithHints() {
        List<String> problems = problemsWith("production.csv", """
                commodity,region,quantity,source,status,note
                ores,CHN,60,S1,observed,
                ore,CHM,40,S1,observed,
                metal,JPN,10,S3,observed,
                """);

        assertThat(problems)
                .contains(
                        at("production.csv")
                                + ":2:1: error: commodity 'ores' is not a known commodity; expected commodity defined in the dataset. Maybe you meant ore",
                        at("production.csv")
                                + ":3:5: error: region 'CHM' is not a known region; expected region defined in the dataset. Maybe you meant CHN",
                        at("production.csv")
                                + ":4:14: error: source 'S3' is not a known source; expected an id from sources.csv. Maybe you meant S1");
    }

    @Test
    void negativeAndNonNumericQuantities() {
        List<String> problems = problemsWith("production.csv", """
                commodity,region,quantity,source,status,note
                ore,CHN,-5,S1,observed,
                ore,AUS,45-54,S1,observed,
                metal,JPN,>90000,S1,observed,
                metal,USA,"1,000",S1,observed,
                chip,USA,100,S1,observed,
                """);

        assertThat(problems)
                .containsExactly(
                        at("production.csv") + ":2:9: error: quantity '-5' is negative; expected a number >= 0",
                        at("production.csv")
                                + ":3:9: error: quantity '45-54' is not a number; expected a plain decimal number such as 12000 or 0.015. Give one value and explain ranges or bounds in note",
                        at("production.csv")
                                + ":4:11: error: quantity '>90000' is not a number; expected a plain decimal number such as 12000 or 0.015. Give one value and explain ranges or bounds in note",
                        at("production.csv")
                                + ":5:11: error: quantity '1,000' is not a number; expected a plain decimal number such as 12000 or 0.015. Give one value and explain ranges or bounds in note");
    }

    @Test
    void duplicateRowsPointAtTheFirstOccurrence() {
        List<String> problems = problemsWith("production.csv", DatasetFolder.PRODUCTION + "ore,CHN,61,S1,observed,\n");

        assertThat(problems)
                .containsExactly(
                        at("production.csv")
                                + ":7:1: error: 'ore, CHN' repeats the (commodity, region) of line 2; expected one row per (commodity, region)");
    }

    @Test
    void duplicateRecipeAndCommodityIds() {
        List<String> recipeProblems =
                problemsWith("recipes.csv", DatasetFolder.RECIPES + "metal,ore,3,true,,S1,observed,\n");
        assertThat(recipeProblems)
                .containsExactly(
                        at("recipes.csv")
                                + ":4:1: error: 'metal <- ore' repeats the (output, input) of line 2; expected one row per (output, input)");
    }

    @Test
    void unproductiveRecipeCycleIsNamed() {
        List<String> problems = problemsWith(
                "recipes.csv",
                DatasetFolder.RECIPES + "ore,chip,0.5,false,,S1,assumed,tools wear out\n"
                        + "chip,ore,12,true,,S1,assumed,made-up\n");

        // ore -> metal (2) ... the cycle ore -> chip -> metal -> ore: 0.5 × 0.4 × 2 = 0.4, plus ore <-> chip: 0.5 × 12
        // = 6.
        assertThat(problems)
                .singleElement()
                .asString()
                .startsWith(at("recipes.csv") + ":2:1: error: 'metal, ore, chip' form a recipe cycle that needs 2.4")
                .contains(
                        "units of itself per unit produced, so the network cannot be built; expected less than 1 unit around every cycle");
    }

    @Test
    void productiveRecipeCycleIsAccepted() {
        LoadedDataset loaded = DatasetLoader.load(new DatasetFolder()
                .with("recipes.csv", DatasetFolder.RECIPES + "ore,chip,0.001,false,,S1,assumed,tools wear out\n")
                .writeTo(dir)
                .toString());

        assertThat(loaded.dataset().recipes()).hasSize(3);
    }

    @Test
    void membershipDatesOutOfOrder() {
        List<String> problems = problemsWith("groups.yaml", """
                allies:
                  name: Allies
                  members:
                    - {region: USA, joined: 2025-12-12, left: 2025-01-01}
                    - {region: JPN, joined: 2025-13-01}
                """);

        assertThat(problems)
                .containsExactly(
                        at("groups.yaml")
                                + ":4:47: error: left '2025-01-01' is not after joined (2025-12-12); expected a date after the joining date. Maybe the dates are swapped",
                        at("groups.yaml")
                                + ":5:29: error: joined '2025-13-01' is not a date; expected an ISO date YYYY-MM-DD. Use YYYY-MM-DD, e.g. 2026-03-01");
    }

    @Test
    void overlappingMembershipPeriods() {
        List<String> problems = problemsWith("groups.yaml", """
                allies:
                  name: Allies
                  members:
                    - {region: USA, joined: 2020-01-01, left: 2024-01-01}
                    - {region: USA, joined: 2023-06-01}
                """);

        assertThat(problems)
                .containsExactly(
                        at("groups.yaml")
                                + ":5:7: error: region 'USA' has membership periods in allies that overlap; expected separate periods (left before joining again)");
    }

    @Test
    void unknownRegionAndKeyInGroups() {
        List<String> problems = problemsWith("groups.yaml", """
                allies:
                  name: Allies
                  members:
                    - {region: USX, since: 2025-12-12}
                """);

        assertThat(problems)
                .contains(
                        at("groups.yaml")
                                + ":4:21: error: key 'since' is not a known key; expected one of joined, left, region",
                        at("groups.yaml")
                                + ":4:16: error: region 'USX' is not a known region; expected a code from regions.csv. Maybe you meant USA");
    }

    @Test
    void defaultCoalitionMustBeAGroup() {
        List<String> problems = problemsWith(
                "dataset.yaml",
                DatasetFolder.DATASET_YAML.replace("default-coalition: allies", "default-coalition: alies"));

        assertThat(problems)
                .containsExactly(
                        at("dataset.yaml")
                                + ":6:20: error: default-coalition 'alies' is not a group of groups.yaml; expected one of allies, concern. Maybe you meant allies");
    }

    @Test
    void assumedValuesNeedANoteAndStatusesAreChecked() {
        List<String> problems = problemsWith("final_demand.csv", """
                commodity,region,quantity,source,status,note
                chip,USA,60,S1,assumed,
                chip,JPN,40,S1,guessed,
                """);

        assertThat(problems)
                .containsExactly(
                        at("final_demand.csv")
                                + ":2:24: error: note is empty for an assumed value; expected a one-line rationale saying why the value was chosen",
                        at("final_demand.csv")
                                + ":3:16: error: status 'guessed' is not a known status; expected observed, estimated or assumed");
    }

    @Test
    void inputsAndFinalDemandNeedAProducer() {
        List<String> problems = problemsWith("production.csv", """
                commodity,region,quantity,source,status,note
                ore,CHN,60,S1,observed,
                chip,USA,100,S1,observed,
                """);

        assertThat(problems)
                .containsExactly(
                        at("recipes.csv")
                                + ":3:6: error: input 'metal' is used as an input but no region produces it; expected a production.csv row for metal",
                        at("final_demand.csv")
                                + ":4:1: error: commodity 'metal' has final demand but no region produces it; expected a production.csv row for it");
    }

    @Test
    void malformedYamlAndMissingFiles() {
        List<String> problems = problems(new DatasetFolder()
                .with("groups.yaml", "allies:\n  name: [unclosed\n")
                .without("final_demand.csv")
                .writeTo(dir));

        assertThat(problems)
                .anySatisfy(p -> assertThat(p).startsWith(at("groups.yaml") + ":3:1: error: is not valid YAML"));
        assertThat(problems)
                .contains(
                        at("final_demand.csv")
                                + ": error: is missing; expected the file final_demand.csv in the dataset. See docs/dataset-format.md for the files a dataset holds");
    }

    @Test
    void reportsEveryProblemOfOnePassTogether() {
        List<String> problems = problems(new DatasetFolder()
                .with("production.csv", DatasetFolder.PRODUCTION + "ore,MARS,1,S1,observed,\n")
                .with("recipes.csv", DatasetFolder.RECIPES + "chip,ore,x,true,,S1,observed,\n")
                .with(
                        "commodities.csv",
                        DatasetFolder.COMMODITIES
                                        .replace("unit\n", "unit,tradable\n")
                                        .replace(",t\n", ",t,\n")
                                        .replace(",units\n", ",units,no\n")
                                + "gas,Gas,fuel,mining,m3,\n")
                .writeTo(dir));

        assertThat(problems).hasSize(4).allSatisfy(p -> assertThat(p).contains(": error: "));
        assertThat(problems)
                .anySatisfy(p -> assertThat(p)
                        .endsWith(
                                "commodities.csv:4:40: error: tradable 'no' is not a boolean; expected true or false"));
        assertThat(problems)
                .anySatisfy(p ->
                        assertThat(p).contains("layer 'fuel' is not a known layer; expected one of energy, minerals,"));
    }
}
