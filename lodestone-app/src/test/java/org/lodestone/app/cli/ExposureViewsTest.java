package org.lodestone.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lodestone.core.mrio.SyntheticMrio;
import org.lodestone.io.mrio.MrioFolderWriter;

/**
 * The dependency views of {@code lodestone exposure} on the tiny dataset of {@link ExposureCommandTest}
 * (ore: CHN 60, AUS 40; metal: JPN 10, USA 30 from 2.5 t ore each; allies USA and JPN, AUS from
 * 2026-01-12; concern CHN), whose figures are worked out by hand, on an MRIO folder, and on bad input.
 */
class ExposureViewsTest {

    @TempDir
    Path dir;

    private Cli tiny(String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of(
                "exposure",
                "--dataset",
                ExposureCommandTest.TinyDataset.write(dir).toString(),
                "--date",
                "2026-01-01"));
        all.addAll(Arrays.asList(args));
        return Cli.run(all.toArray(String[]::new));
    }

    /** CSV rows as maps; the fields used here hold no commas. */
    private static List<Map<String, String>> csv(String text) {
        List<String> lines = text.lines().toList();
        List<String> header = Arrays.asList(lines.get(0).split(","));
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), fields[i]);
            }
            rows.add(row);
        }
        return rows;
    }

    @Test
    void tiersShowTheOriginsOfTheTargetsInputs() throws IOException {
        Cli cli = tiny("--view", "tiers", "--format", "csv");

        assertThat(cli.exitCode()).as(cli.err()).isZero();
        List<Map<String, String>> rows = csv(cli.out());
        // the allies' 40 t of metal need 100 t of ore: CHN 60, AUS 40
        assertThat(rows)
                .extracting(r -> r.get("commodity") + " " + r.get("origin") + " " + r.get("share_pct") + " "
                        + r.get("requirement"))
                .contains("ore CHN 60 100", "ore AUS 40 100");
        assertThat(rows).allSatisfy(r -> assertThat(r.get("tier")).isEqualTo("1"));
        assertThat(rows).extracting(r -> r.get("scope")).containsOnly("allies", "JPN", "USA");
    }

    @Test
    void extractionRanksEveryProducerAndExplainsEachRow() throws IOException {
        Cli cli = tiny("--view", "extraction", "--format", "csv");

        assertThat(cli.exitCode()).as(cli.err()).isZero();
        List<Map<String, String>> rows = csv(cli.out());
        assertThat(rows)
                .extracting(r -> r.get("region") + ":" + r.get("commodity"))
                .containsExactly("CHN:ore", "AUS:ore");
        assertThat(rows.get(0))
                .containsEntry("target_lost", "24")
                .containsEntry("target_lost_pct", "60")
                .containsEntry("concern", "true")
                .containsEntry("path", "CHN:ore > USA:metal");
        assertThat(rows.get(0).get("explanation"))
                .startsWith("CHN makes 60.0% of world ore; the shortage passes ore > metal");
    }

    @Test
    void eachCutShowsTheEnginesLossBesideTheBoundAndWhatClosesTheGap() throws IOException {
        List<Map<String, String>> rows =
                csv(tiny("--view", "extraction", "--format", "csv").out());

        Map<String, String> ore = rows.get(0);
        double bound = Double.parseDouble(ore.get("target_lost_pct"));
        double month = Double.parseDouble(ore.get("engine_30d_lost_pct"));
        double year = Double.parseDouble(ore.get("engine_365d_lost_pct"));
        // stocks hold the loss back at first: never more lost over a month than over a year
        assertThat(month).isLessThanOrEqualTo(year);
        assertThat(year).isLessThan(bound);
        assertThat(ore.get("gap_closed_by"))
                .startsWith("the engine loses ")
                .contains("against a bound of 60.0%")
                .contains("pts");
    }

    @Test
    void aFractionOfTheCutGivesThatFractionOfTheLoss() throws IOException {
        List<Map<String, String>> rows = csv(tiny("--view", "extraction", "--fraction", "0.5", "--format", "csv")
                .out());

        assertThat(rows.get(0)).containsEntry("target_lost", "12").containsEntry("target_lost_pct", "30");
    }

    @Test
    void oneCutInDetailShowsEveryLevel() throws IOException {
        Cli cli = tiny("--view", "extraction", "--cut", "CHN:ore", "--format", "csv");

        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(csv(cli.out()))
                .extracting(r -> r.get("level") + " " + r.get("name") + " " + r.get("supply_driven_lost_pct"))
                .contains(
                        "producer CHN:ore 100",
                        "producer USA:metal 60",
                        "commodity metal 60",
                        "layer materials 60",
                        "region JPN 60");
        assertThat(tiny("--view", "extraction", "--cut", "CHN:ore").out())
                .contains("allies's metal lost: 60.0% (24.0 t/yr)");
    }

    @Test
    void chokepointsAreStagesOutsideTheCoalitionAboveTheThreshold() throws IOException {
        List<Map<String, String>> rows =
                csv(tiny("--view", "chokepoints", "--format", "csv").out());

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0))
                .containsEntry("commodity", "ore")
                .containsEntry("holder", "CHN")
                .containsEntry("holder_status", "concern")
                .containsEntry("reach", "metal")
                .containsEntry("target_lost_pct", "60");
        assertThat(csv(tiny("--view", "chokepoints", "--threshold", "0.7", "--format", "csv")
                        .out()))
                .isEmpty();
    }

    @Test
    void criticalityFollowsTheDocumentedFormula() throws IOException {
        List<Map<String, String>> rows =
                csv(tiny("--view", "criticality", "--format", "csv").out());

        // ore: H = 1.0 × 0.6² + 0.5 × 0.4² = 0.44, all imported, essential: SR 0.44; importance 60%
        assertThat(rows)
                .singleElement()
                .satisfies(r -> assertThat(r)
                        .containsEntry("commodity", "ore")
                        .containsEntry("hhi", "5200")
                        .containsEntry("import_reliance_pct", "100")
                        .containsEntry("supply_risk", "0.44")
                        .containsEntry("importance_pct", "60")
                        .containsEntry("class", "critical"));
    }

    @Test
    void whatIfShowsTheChangeWhenARegionJoins() throws IOException {
        List<Map<String, String>> tiers =
                csv(tiny("--view", "tiers", "--add", "AUS", "--format", "csv").out());
        Cli summary = tiny("--add", "AUS", "--format", "csv");
        Cli table = tiny("--view", "tiers", "--add", "AUS");

        assertThat(tiers)
                .filteredOn(r -> r.get("origin").equals("AUS") && r.get("scope").equals("allies"))
                .singleElement()
                .satisfies(r -> assertThat(r)
                        .containsEntry("origin_member", "true")
                        .containsEntry("baseline_origin_member", "false"));
        assertThat(csv(summary.out()))
                .filteredOn(r -> r.get("commodity").equals("ore"))
                .singleElement()
                .satisfies(r -> assertThat(r)
                        .containsEntry("coalition_share_pct", "40")
                        .containsEntry("baseline_coalition_share_pct", "0")
                        .containsEntry("change_pct_points", "40"));
        assertThat(table.out())
                .contains("Coalition: allies +AUS on 2026-01-01: AUS JPN USA")
                .contains("baseline coalition %");
    }

    @Test
    void jsonCarriesProvenance() throws IOException {
        JsonNode root = new ObjectMapper()
                .readTree(tiny("--view", "criticality", "--remove", "JPN", "--format", "json")
                        .out());

        JsonNode provenance = root.get("provenance");
        assertThat(provenance.get("dataset").asText()).isEqualTo("tiny");
        assertThat(provenance.get("dataset_version").asText()).isEqualTo("1");
        assertThat(provenance.get("coalition").asText()).isEqualTo("allies");
        assertThat(provenance.get("date").asText()).isEqualTo("2026-01-01");
        assertThat(provenance.get("members")).extracting(JsonNode::asText).containsExactly("USA");
        assertThat(provenance.get("removed")).extracting(JsonNode::asText).containsExactly("JPN");
        assertThat(provenance.get("assumed").get("recipes")).isEmpty();
        assertThat(root.get("commodities").get(0).get("baseline_class").asText())
                .isEqualTo("critical");
    }

    @Test
    void anMrioFolderTakesAnExplicitCoalitionAndATarget() throws IOException {
        Path folder = dir.resolve("mrio");
        MrioFolderWriter.write(SyntheticMrio.generate(3, 2, 7), folder);

        Cli ranking = Cli.run(
                "exposure",
                "--dataset",
                "mrio:" + folder,
                "--view",
                "extraction",
                "--coalition",
                "R000,R001",
                "--format",
                "csv");
        Cli tiers = Cli.run(
                "exposure",
                "--dataset",
                "mrio:" + folder,
                "--view",
                "tiers",
                "--coalition",
                "R002",
                "--target",
                "S001",
                "--format",
                "csv");

        assertThat(ranking.exitCode()).as(ranking.err()).isZero();
        assertThat(csv(ranking.out()))
                .hasSize(6)
                .allSatisfy(r -> assertThat(r.get("upstream_total_lost")).isNotEmpty());
        assertThat(tiers.exitCode()).as(tiers.err()).isZero();
        double sum = csv(tiers.out()).stream()
                .filter(r -> r.get("commodity").equals("all sectors"))
                .mapToDouble(r -> Double.parseDouble(r.get("share_pct")))
                .sum();
        assertThat(sum).isCloseTo(100, within(1e-3));
    }

    @Test
    void badOptionsAreLocatedAndAllReportedTogether() throws IOException {
        Cli cli = tiny(
                "--view",
                "extraction",
                "--add",
                "USA,AUZ",
                "--remove",
                "AUS",
                "--target",
                "metals",
                "--cut",
                "CHN-ore",
                "--fraction",
                "1.5",
                "--top",
                "-1");

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err())
                .contains(
                        "--add: error: region 'AUZ' is not a region of tiny; expected a region code such as AUS. Maybe you meant AUS")
                .contains("--add: error: region 'USA' is already a member of allies on 2026-01-01")
                .contains(
                        "--remove: error: region 'AUS' is not a member of allies on 2026-01-01; expected one of JPN USA")
                .contains(
                        "--target: error: target 'metals' is not a commodity of dataset tiny; expected a commodity id. Maybe you meant metal")
                .contains("--cut: error: cut 'CHN-ore' is not REGION:SECTOR")
                .contains("--fraction: error: fraction '1.5' is out of range; expected a share of output in [0, 1]")
                .contains("--top: error: top '-1' is out of range")
                .contains("7 errors found.");
    }

    @Test
    void anMrioFolderNeedsAListAndHasNoSummary() throws IOException {
        Path folder = dir.resolve("mrio");
        MrioFolderWriter.write(SyntheticMrio.generate(2, 2, 7), folder);

        Cli cli = Cli.run("exposure", "--dataset", "mrio:" + folder);
        Cli unknownView = Cli.run("exposure", "--view", "graph");

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err())
                .contains("--view: error: view 'summary' needs a dataset with production rows")
                .contains("--coalition: error: coalition is required for an MRIO table, which has no groups; "
                        + "expected a comma-separated list of its regions, e.g. --coalition R000,R001");
        assertThat(unknownView.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unknownView.err())
                .contains(
                        "'graph' is not a view; expected one of summary, tiers, extraction, chokepoints, criticality");
    }

    @Test
    void theBundledRankingPutsChineseRareEarthsAndMagnetsNearTheTop() {
        Cli cli = Cli.run("exposure", "--view", "extraction", "--date", "2026-03-01", "--top", "12", "--format", "csv");

        assertThat(cli.exitCode()).as(cli.err()).isZero();
        List<String> top = csv(cli.out()).stream()
                .map(r -> r.get("region") + ":" + r.get("commodity"))
                .toList();
        assertThat(top)
                .contains("CHN:ndpr-oxide", "CHN:ndfeb-magnet", "CHN:gallium", "TWN:cowos-wafer", "NLD:euv-scanner")
                .doesNotContain("USA:ai-compute");
        assertThat(csv(cli.out()))
                .allSatisfy(r -> assertThat(r.get("explanation")).contains("% of world"));
    }
}
