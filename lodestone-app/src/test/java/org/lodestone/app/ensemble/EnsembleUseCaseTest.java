package org.lodestone.app.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lodestone.app.stresstest.MeasureOutcome;
import org.lodestone.app.stresstest.StressTestRequest;
import org.lodestone.app.stresstest.StressTestResult;
import org.lodestone.app.stresstest.StressTestUseCase;
import org.lodestone.core.ensemble.EnsembleLayout;
import org.lodestone.core.ensemble.EnsembleSummary;
import org.lodestone.core.ensemble.Metric;
import org.lodestone.core.ensemble.MetricSummary;

class EnsembleUseCaseTest {

    private static final LocalDate DATE = LocalDate.of(2026, 6, 1);

    @TempDir
    Path dir;

    private EnsembleResult run(String scenario, String out, int threads, OptionalInt runs) throws IOException {
        return EnsembleUseCase.run(EnsembleRequest.local(
                scenario,
                runs,
                OptionalLong.empty(),
                threads,
                dir.resolve(out),
                Optional.empty(),
                DATE,
                false,
                "test"));
    }

    @Test
    void theSameSeedGivesTheSameResultWhateverTheThreads() throws IOException {
        String scenario = EnsembleScenarios.write(dir, "taiwan.yaml", EnsembleScenarios.TAIWAN);

        EnsembleResult one = run(scenario, "one", 1, OptionalInt.empty());
        EnsembleResult two = run(scenario, "two", 2, OptionalInt.empty());

        assertThat(two.summary()).isEqualTo(one.summary());
        assertThat(one.runs()).isEqualTo(12);
        for (String file : List.of("metrics.csv", "bands.csv", "most_hit.csv", "members.csv")) {
            assertThat(Files.readString(dir.resolve("two").resolve(file)))
                    .as(file)
                    .isEqualTo(Files.readString(dir.resolve("one").resolve(file)));
        }
        assertThat(one.summary().summary(0, Metric.COMPUTE_DELIVERED).sd())
                .as("the inputs matter")
                .isPositive();
    }

    @Test
    void writesTheDistributionsTheBandsAndTheReport() throws IOException {
        String scenario = EnsembleScenarios.write(dir, "taiwan.yaml", EnsembleScenarios.TAIWAN);

        EnsembleResult result = run(scenario, "out", 2, OptionalInt.of(6));

        Path out = dir.resolve("out");
        int top = 0;
        double strongest = -1;
        for (int k = 0; k < result.uncertainty().vary().size(); k++) {
            double rho = Math.abs(EnsembleBrief.correlation(
                    result.summary().input(k),
                    result.summary().values(EnsembleBrief.COALITION, Metric.COMPUTE_DELIVERED)));
            if (rho > strongest) {
                strongest = rho;
                top = k;
            }
        }
        assertThat(Files.readString(out.resolve("index.html")))
                .as("the brief names the input whose draws move the coalition most, by its human name and path")
                .contains("Over 6 runs of taiwan-short, the coalition gets a median ")
                .contains("(" + result.uncertainty().vary().get(top).path() + "): the rank correlation")
                .containsAnyOf(
                        "The biggest uncertainty is the closure share blocked, share (0 to 1)",
                        "The biggest uncertainty is the closure duration, days",
                        "The biggest uncertainty is the default stocks, days of use");
        assertThat(Files.readAllLines(out.resolve("metrics.csv")))
                .first()
                .isEqualTo(String.join(",", EnsembleFiles.METRIC_COLUMNS));
        assertThat(Files.readString(out.resolve("metrics.csv")))
                .contains("pax-silica,coalition,compute-delivered,,% of baseline,6,6,")
                .contains("pax-silica,coalition,value-added-lost,,USD 2024,6,6,")
                .contains("pax-silica,coalition,gross-output-lost,,USD 2024,6,6,")
                .as("the coalition's AI compute is a valued sector")
                .contains("pax-silica,coalition,value-added-lost,ai-compute,USD 2024,6,6,")
                .contains("pax-silica,coalition,gross-output-lost,ai-compute,USD 2024,6,6,");
        assertThat(Files.readAllLines(out.resolve("bands.csv")))
                .as("a band per day for the coalition and each of its 13 members with ai-compute on 2026-06-01"
                        + " (the first ten, the Netherlands, Sweden and Norway; Finland and the Philippines have none)")
                .hasSize(1 + (1 + 13) * 120)
                .element(1)
                .asString()
                .startsWith("pax-silica,0,2026-11-10,6,");
        assertThat(Files.readAllLines(out.resolve("members.csv")))
                .hasSize(7)
                .first()
                .asString()
                .startsWith(
                        "member,events[0].share-blocked,events[0].duration,model.inventory-days,pax-silica:compute-delivered_pct");
        assertThat(Files.readString(out.resolve("ensemble.json")))
                .contains("\"runs\" : 6")
                .contains("\"seed\" : 7")
                .contains("\"distribution\" : \"uniform(0.2, 0.9)\"")
                .contains("\"compute_bands\"")
                .contains("\"value_added_lost_by_sector\"")
                .contains("\"gross_output_lost_by_sector\"");
        assertThat(Files.readString(out.resolve("index.html")))
                .contains("<polygon class=\"band\"")
                .contains("Uncertain inputs")
                .contains("triangular(10, 30, 60)")
                .contains("Value at risk per member and sector")
                .contains("Value at risk: the coalition members together lose a median USD ")
                .doesNotContain("<script");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("no temporary folder left")
                    .containsOnly("taiwan.yaml", "out");
        }
    }

    @Test
    void theTableShowsOnlyTheSectorsThatLostSomethingWithTheirGrossOutput() throws IOException {
        String scenario = EnsembleScenarios.write(dir, "taiwan.yaml", EnsembleScenarios.TAIWAN);

        EnsembleResult result = run(scenario, "out", 2, OptionalInt.of(6));

        EnsembleSummary s = result.summary();
        List<String> quiet = new ArrayList<>();
        int hit = 0;
        for (int u = 0; u < s.layout().units().size(); u++) {
            for (int c = 0; c < s.layout().commodities().size(); c++) {
                MetricSummary d = s.sectorValues(u, c).summary();
                if (d.count() > 0 && d.max() > 0) {
                    hit++;
                } else if (d.count() > 0) {
                    quiet.add(String.join(
                            ",",
                            s.layout().units().get(u),
                            s.layout().roles().get(u).key(),
                            "value-added-lost",
                            s.layout().commodities().get(c)));
                }
            }
        }
        assertThat(quiet)
                .as("a Taiwan closure leaves some valued sector untouched")
                .isNotEmpty();
        assertThat(hit).as("and hits some").isPositive();
        String table = EnsembleTable.render(result);
        assertThat(table.lines().filter(l -> l.startsWith("  ")).toList())
                .as("one line per sector that lost something in some member, none of them zero")
                .hasSize(hit)
                .allSatisfy(l -> {
                    String[] v = l.trim().split(" +");
                    assertThat(v).as(l).hasSize(5).doesNotContain("0.0");
                    assertThat(v[3]).as("P95 of %s", l).isNotEqualTo("0");
                });
        assertThat(table).contains(quiet.size() + " (unit, sector) rows that lost nothing in any member are left out");
        assertThat(Files.readString(dir.resolve("out").resolve("metrics.csv")))
                .as("the files keep every valued sector")
                .contains(quiet.get(0) + ",USD 2024,6,6,0,0,0,0,0,0,0");
    }

    @Test
    void aMemberWithTheScenariosOwnValuesIsTheStressTestRun() throws IOException {
        String scenario = EnsembleScenarios.write(
                dir,
                "fixed.yaml",
                EnsembleScenarios.TAIWAN.substring(0, EnsembleScenarios.TAIWAN.indexOf("uncertainty:")));

        EnsembleResult ensemble = run(scenario, "ensemble", 1, OptionalInt.of(1));
        StressTestResult stress = StressTestUseCase.run(new StressTestRequest(
                "builtin:ai-stack",
                List.of(scenario),
                Optional.empty(),
                DATE,
                dir.resolve("stress"),
                1,
                false,
                "test"));

        double delivered =
                stress.scenarios().get(0).coalition().compute().orElseThrow().delivered();
        assertThat(ensemble.summary().summary(0, Metric.COMPUTE_DELIVERED).mean())
                .isEqualTo(delivered);
        Map<String, Double> valueLost = new TreeMap<>();
        Map<String, Double> grossLost = new TreeMap<>();
        EnsembleLayout layout = ensemble.summary().layout();
        for (MeasureOutcome m : stress.scenarios().get(0).measures()) {
            m.valueAtRisk().ifPresent(v -> {
                valueLost.merge(m.region(), v.valueAddedUsd(), Double::sum);
                grossLost.merge(m.region(), v.grossUsd(), Double::sum);
                int sector = layout.commodities().indexOf(m.measure().id().value());
                assertThat(ensemble.summary()
                                .sectorValues(layout.unit(m.region()), sector)
                                .values())
                        .as("%s %s", m.region(), m.measure().id())
                        .hasSize(1)
                        .satisfies(usd -> assertThat(usd[0]).isCloseTo(v.valueAddedUsd(), withinPercentage(1e-9)));
                assertThat(ensemble.summary()
                                .sectorGrossValues(layout.unit(m.region()), sector)
                                .values())
                        .as("gross output of %s %s", m.region(), m.measure().id())
                        .hasSize(1)
                        .satisfies(usd -> assertThat(usd[0]).isCloseTo(v.grossUsd(), withinPercentage(1e-9)));
            });
        }
        assertThat(valueLost.get("pax-silica"))
                .as("the closure costs value added")
                .isPositive();
        assertThat(layout.unitOf(Metric.VALUE_ADDED_LOST)).isEqualTo("USD 2024");
        valueLost.forEach((region, usd) -> assertThat(ensemble.summary()
                        .summary(layout.unit(region), Metric.VALUE_ADDED_LOST)
                        .p50())
                .as(region)
                .isCloseTo(usd, withinPercentage(1e-9)));
        grossLost.forEach((region, usd) -> assertThat(ensemble.summary()
                        .summary(layout.unit(region), Metric.GROSS_OUTPUT_LOST)
                        .p50())
                .as("gross output lost by %s", region)
                .isCloseTo(usd, withinPercentage(1e-9)));
    }
}
