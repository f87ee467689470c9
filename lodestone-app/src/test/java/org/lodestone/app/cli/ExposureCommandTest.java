package org.lodestone.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lodestone.io.dataset.DatasetFolder;

class ExposureCommandTest {

    @TempDir
    Path dir;

    /** CSV rows keyed by commodity id; no field of these datasets holds a comma except name/unit, which are not used. */
    private static Map<String, Map<String, String>> csvByCommodity(String csv) {
        List<String> lines = csv.lines().toList();
        List<String> header = Arrays.asList(lines.get(0).split(","));
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> fields = Arrays.asList(line.split(",", -1));
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), fields.get(i));
            }
            rows.put(row.get("commodity"), row);
        }
        return rows;
    }

    @Test
    void handMadeDatasetGivesHandComputedSharesAndFlags() throws IOException {
        Path data = TinyDataset.write(dir);

        Cli cli = Cli.run("exposure", "--dataset", data.toString(), "--date", "2026-01-01", "--format", "csv");

        assertThat(cli.exitCode()).as(cli.err()).isZero();
        Map<String, Map<String, String>> rows = csvByCommodity(cli.out());
        // ore: CHN 60, AUS 40 → HHI 3600 + 1600 = 5200; AUS joins allies only on 2026-01-12.
        assertThat(rows.get("ore"))
                .containsEntry("world_quantity", "100")
                .containsEntry("hhi", "5200")
                .containsEntry("top_producer", "CHN")
                .containsEntry("top_share_pct", "60")
                .containsEntry("coalition_share_pct", "0")
                .containsEntry("concern_share_pct", "60")
                .containsEntry("flag", "CHN>50%");
        // metal: JPN 10, USA 30 → 25% and 75%, HHI 625 + 5625 = 6250, all in the coalition, no flag.
        assertThat(rows.get("metal"))
                .containsEntry("hhi", "6250")
                .containsEntry("top_producer", "USA")
                .containsEntry("coalition_share_pct", "100")
                .containsEntry("flag", "");
    }

    @Test
    void membershipIsEvaluatedOnTheDate() throws IOException {
        Path data = TinyDataset.write(dir);

        Map<String, Map<String, String>> before = csvByCommodity(
                Cli.run("exposure", "--dataset", data.toString(), "--date", "2026-01-11", "--format", "csv")
                        .out());
        Map<String, Map<String, String>> after = csvByCommodity(
                Cli.run("exposure", "--dataset", data.toString(), "--date", "2026-01-12", "--format", "csv")
                        .out());

        assertThat(before.get("ore").get("coalition_share_pct")).isEqualTo("0");
        assertThat(after.get("ore").get("coalition_share_pct")).isEqualTo("40");
    }

    @Test
    void chinaRefinesAtLeastNinetyPercentOfRareEarthsAndTheCoalitionFarLess() {
        Cli cli = Cli.run("exposure", "--date", "2026-03-01", "--format", "csv");

        assertThat(cli.exitCode()).as(cli.err()).isZero();
        Map<String, String> refining = csvByCommodity(cli.out()).get("ndpr-oxide");
        assertThat(refining.get("top_producer")).isEqualTo("CHN");
        assertThat(Double.parseDouble(refining.get("top_share_pct"))).isGreaterThanOrEqualTo(90);
        assertThat(Double.parseDouble(refining.get("coalition_share_pct"))).isLessThan(10);
        assertThat(refining.get("flag")).isEqualTo("CHN>50%");
    }

    @Test
    void jsonCarriesTheSameNumbersAsCsv() throws IOException {
        Path data = TinyDataset.write(dir);
        Cli cli = Cli.run("exposure", "--dataset", data.toString(), "--date", "2026-01-12", "--format", "json");

        JsonNode root = new ObjectMapper().readTree(cli.out());
        assertThat(root.get("coalition").asText()).isEqualTo("allies");
        assertThat(root.get("members")).extracting(JsonNode::asText).containsExactly("AUS", "JPN", "USA");
        JsonNode ore = root.get("commodities").get(0);
        assertThat(ore.get("commodity").asText()).isEqualTo("ore");
        assertThat(ore.get("coalition_share_pct").asDouble()).isCloseTo(40, within(1e-9));
        assertThat(ore.get("hhi").asDouble()).isCloseTo(5200, within(1e-9));
    }

    @Test
    void tableShowsTheCoalitionAndItsMembers() throws IOException {
        Path data = TinyDataset.write(dir);
        Cli cli = Cli.run("exposure", "--dataset", data.toString(), "--date", "2026-01-12");

        assertThat(cli.out())
                .startsWith("Exposure of allies on 2026-01-12 (tiny 1, reference year 2024)")
                .contains("Members: AUS JPN USA")
                .contains("allies %")
                .contains("CHN>50%");
    }

    /**
     * The tests' tiny dataset with shares easy to compute by hand: ore CHN 60, AUS 40; metal JPN 10,
     * USA 30 from 2.5 t ore each; 40 t metal for USA's final demand; allies USA and JPN, AUS from
     * 2026-01-12; concern CHN.
     */
    static final class TinyDataset {

        static Path write(Path dir) throws IOException {
            return new DatasetFolder()
                    .with("regions.csv", "code,name\nCHN,China\nAUS,Australia\nJPN,Japan\nUSA,United States\n")
                    .with(
                            "commodities.csv",
                            "id,name,layer,stage,unit\nore,Ore,minerals,mining,t\nmetal,Metal,materials,refining,t\n")
                    .with("production.csv", """
                            commodity,region,quantity,source,status,note
                            ore,CHN,60,S1,observed,
                            ore,AUS,40,S1,observed,
                            metal,JPN,10,S1,observed,
                            metal,USA,30,S1,observed,
                            """)
                    .with(
                            "recipes.csv",
                            "output,input,quantity,essential,inventory_days,source,status,note\n"
                                    + "metal,ore,2.5,true,,S1,observed,\n")
                    .with(
                            "final_demand.csv",
                            "commodity,region,quantity,source,status,note\nmetal,USA,40,S1,observed,\n")
                    .writeTo(Files.createDirectories(dir.resolve("tiny")));
        }
    }
}
