package org.lodestone.app.stresstest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lodestone.app.backtest.TrackRecord;
import org.lodestone.app.report.Html;
import org.lodestone.app.table.Csv;
import org.lodestone.core.shortfall.Role;
import org.lodestone.core.shortfall.ShortfallMetrics;
import org.lodestone.io.problem.InputException;

/** The report folder: its three files, their agreement, escaping, and atomic replacement. */
class StressTestUseCaseTest {

    @TempDir
    Path dir;

    private StressTestResult run(List<String> scenarios, Path out) throws IOException {
        return StressTestUseCase.run(new StressTestRequest(
                "builtin:ai-stack", scenarios, Optional.empty(), LocalDate.of(2026, 3, 1), out, 2, false, "test"));
    }

    @Test
    void writesTheReportTheCsvAndTheJson() throws IOException {
        Path out = dir.resolve("lodestone-out");
        StressTestResult result = run(Scenarios.files(), out);

        assertThat(out.resolve("index.html")).isRegularFile();
        String html = Files.readString(out.resolve("index.html"));
        assertThat(html)
                .startsWith("<!DOCTYPE html>")
                .contains("<svg class=\"chart\"")
                .contains("id=\"provenance\"")
                .contains("id=\"exposure\"")
                .doesNotContain("<script")
                .doesNotContain("src=\"http")
                .doesNotContain("@import");
        for (String name : Scenarios.NAMES) {
            assertThat(html).contains("<section class=\"scenario\" id=\"scenario-" + name + "\">");
        }
        List<String> csv = Files.readAllLines(out.resolve("summary.csv"));
        int rows = result.scenarios().stream().mapToInt(s -> s.regions().size()).sum();
        assertThat(csv).hasSize(1 + rows);
        assertThat(csv.get(0))
                .startsWith("scenario,title,region,role,aggregate,final_commodity,delivered_pct,first_shortfall_day");
        JsonNode json = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertThat(json.get("coalition").asText()).isEqualTo("pax-silica");
        assertThat(json.get("final_commodity").asText()).isEqualTo("ai-compute");
        JsonNode first = json.get("scenarios").get(0).get("rows").get(0);
        assertThat(first.get("region").asText()).isEqualTo("pax-silica");
        assertThat(first.get("delivered_pct").asDouble())
                .isEqualTo(Double.parseDouble(csv.get(1).split(",")[6]));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("lodestone-out");
        }
    }

    @Test
    void everyMemberHasARowForEachFinalMeasureItMakesWithUnitsAndDollars() throws IOException {
        Path out = dir.resolve("out");
        StressTestResult result = run(List.of(Scenarios.file("server-controls")), out);

        List<MeasureOutcome> measures = result.scenario("server-controls").measures();
        assertThat(measures)
                .filteredOn(m -> m.region().equals("USA"))
                .extracting(m -> m.measure().id().value())
                .contains("ai-compute", "light-vehicle", "defence-system", "wind-turbine", "battery");
        assertThat(measures)
                .filteredOn(m -> m.measure().id().value().equals("light-vehicle"))
                .first()
                .satisfies(m -> {
                    assertThat(m.role()).isEqualTo(Role.COALITION);
                    // The coalition's members make 10.56 M (USA) + 8.23 M (JPN) + 6.01 M (IND)
                    // + 4.13 M (KOR) + 0.91 M (GBR) vehicles a year (OICA 2024).
                    assertThat(m.baselinePerDay() * 365).isCloseTo(29_844_045, within(1.0));
                });
        List<String> csv = Files.readAllLines(out.resolve("measures.csv"));
        assertThat(csv.get(0))
                .isEqualTo("scenario,measure,layer,unit,region,role,baseline_per_year,delivered_pct,"
                        + "first_shortfall_day,deepest_pct,recovery,recovery_days,units_lost,"
                        + "value_added_lost_usd,gross_output_lost_usd,price_year");
        assertThat(csv).hasSize(1 + measures.size());
        assertThat(csv)
                .anyMatch(l -> l.startsWith("server-controls,light-vehicle,end-use,vehicles,USA,member,")
                        && l.endsWith(",2024"));
        JsonNode scenario = new ObjectMapper()
                .readTree(out.resolve("summary.json").toFile())
                .get("scenarios")
                .get(0);
        assertThat(scenario.get("final_measures")).hasSize(measures.size());
        assertThat(scenario.get("value_at_risk").get(0).get("region").asText()).isEqualTo("pax-silica");
        assertThat(MeasureTable.render(result))
                .contains("Final measures that fell short")
                .contains("gross output lost");
        MeasureOutcome.ValueAtRisk usa = FinalMeasures.totals(measures).get("USA");
        assertThat(usa.grossUsd())
                .as("gross output is value added over a share of at most 1")
                .isGreaterThanOrEqualTo(usa.valueAddedUsd());
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        assertThat(summary.get(0)).endsWith(",stopped_early,value_added_lost_usd,gross_output_lost_usd,price_year");
        assertThat(summary)
                .filteredOn(l -> l.startsWith("server-controls,") && l.contains(",USA,member,"))
                .singleElement()
                .asString()
                .endsWith("," + Csv.number(usa.valueAddedUsd()) + "," + Csv.number(usa.grossUsd()) + ",2024");
    }

    @Test
    void theReportShowsTheTrackRecordAndLinksTheBacktestPageBesideIt() throws IOException {
        TrackRecord record = TrackRecord.of("builtin:ai-stack").orElseThrow();
        String score = record.score();
        TrackRecord.Calibration lower = record.calibrations().get(0);
        StressTestResult alone =
                run(List.of(Scenarios.file("malacca")), dir.resolve("alone").resolve("out"));
        Path beside = dir.resolve("beside");
        Files.createDirectories(beside.resolve("lodestone-backtest"));
        Files.writeString(beside.resolve("lodestone-backtest").resolve("index.html"), "<html></html>");
        run(List.of(Scenarios.file("malacca")), beside.resolve("out"));

        String page = Files.readString(alone.out().resolve("index.html"));
        assertThat(page)
                .contains("<a href=\"#track-record\">Track record</a>")
                .contains("<strong>" + score + "</strong>")
                .contains("(<code>lodestone backtest --psi " + lower.psi() + "</code>) the score is <strong>"
                        + lower.score() + "</strong>")
                .contains("run <code>./lodestone backtest</code>")
                .doesNotContain("href=\"../lodestone-backtest/index.html\"");
        String brief = page.substring(page.indexOf("<section id=\"brief\""), page.indexOf("<section id=\"brief-2\""));
        assertThat(brief)
                .as("the two printed pages say what the track record says, and which figures rest on psi")
                .contains("the model has " + score + " (ψ = 0.8,")
                .contains("with ψ = " + lower.psi() + ", " + lower.score() + ", and " + Html.escape(lower.note()))
                .contains("<a href=\"#track-record\">Track record</a>");
        assertThat(Files.readString(beside.resolve("out").resolve("index.html")))
                .contains("<a href=\"../lodestone-backtest/index.html\">the backtest page</a>");
    }

    @Test
    void theExportControlCutsComputeAndTheReportSaysWhoIsHit() throws IOException {
        StressTestResult result = run(List.of(Scenarios.file("server-controls")), dir.resolve("out"));

        ScenarioResult s = result.scenario("server-controls");
        ShortfallMetrics coalition = s.coalition().compute().orElseThrow();
        assertThat(coalition.delivered()).isLessThan(1);
        assertThat(coalition.firstShortfallDay()).isPresent();
        assertThat(s.coalition().mostHitLayer()).isNotEqualTo("none");
        assertThat(s.region("JPN").compute())
                .as("Japan's data centres are a node of their own")
                .isPresent();
        assertThat(SummaryTable.render(result))
                .contains("server-controls")
                .contains("pax-silica")
                .contains("  USA")
                .contains("  JPN")
                .doesNotContain("  XAP")
                .contains("counts only members' own ai-compute nodes (ARE AUS GBR IND ISR JPN KOR NLD QAT SGP USA)")
                .contains("members without one (none) are not in it, and aggregates (ROW, XAP, XEU) are never members");
    }

    /**
     * Issue 14: on 2026-12-04 six of the 26 members (ARG CRI EST KAZ PAN SLV) have no ai-compute node of
     * their own; the table says so for each of them, and a member row that has lost output but has no
     * node shows "no own node" where a bare "-" stood.
     */
    @Test
    void membersWithoutAComputeNodeAreNamedOneByOneAndTheirRowsSaySo() throws IOException {
        StressTestResult result = StressTestUseCase.run(new StressTestRequest(
                "builtin:ai-stack",
                List.of(Scenarios.file("malacca")),
                Optional.empty(),
                LocalDate.of(2026, 12, 4),
                dir.resolve("out"),
                2,
                false,
                "test"));

        String table = SummaryTable.render(result);
        for (String member : List.of("ARG", "CRI", "EST", "KAZ", "PAN", "SLV")) {
            assertThat(table)
                    .contains("  " + member + ": no ai-compute node of its own; its ai-compute, if any, is counted in"
                            + " an aggregate (ROW, XAP, XEU), outside the coalition figure.");
        }
        assertThat(table).doesNotContain("  USA: no ai-compute node");
        List<String> rowsWithoutNode = table.lines()
                .filter(l -> l.matches("\\s+(ARG|CRI|EST|KAZ|PAN|SLV)\\s{2,}.*"))
                .toList();
        assertThat(rowsWithoutNode)
                .as("members without a node that lost output still get a row")
                .isNotEmpty()
                .allSatisfy(l -> assertThat(l).contains(SummaryTable.NO_NODE));
    }

    @Test
    void firstStockOutsComeBeforeTheShortfallAndTheFilesAgreeOnThem() throws IOException {
        Path out = dir.resolve("out");
        StressTestResult result = run(List.of(Scenarios.file("server-controls")), out);

        ScenarioResult s = result.scenario("server-controls");
        List<StockOutDays.First> coalition = s.firstStockOuts(s.coalition().region());
        assertThat(coalition).as("the cut servers run out somewhere").isNotEmpty();
        // compute falls only once an input has run short, and the coalition's day is its earliest member's
        assertThat(coalition.get(0).day())
                .isLessThanOrEqualTo(s.coalition()
                        .compute()
                        .orElseThrow()
                        .firstShortfallDay()
                        .getAsInt());
        for (String member : result.scope().members()) {
            for (StockOutDays.First m : s.firstStockOuts(member)) {
                assertThat(coalition)
                        .anySatisfy(c -> assertThat(c.commodity()).isEqualTo(m.commodity()))
                        .allSatisfy(c -> assertThat(!c.commodity().equals(m.commodity()) || c.day() <= m.day())
                                .isTrue());
            }
        }
        JsonNode scenario = new ObjectMapper()
                .readTree(out.resolve("summary.json").toFile())
                .get("scenarios")
                .get(0);
        JsonNode row = scenario.get("rows").get(0);
        assertThat(row.get("first_stock_out_commodity").asText())
                .isEqualTo(coalition.get(0).commodity());
        assertThat(row.get("first_stock_out_day").asInt())
                .isEqualTo(coalition.get(0).day());
        assertThat(row.get("stock_outs")).hasSize(coalition.size());
        assertThat(row.get("most_hit_lost_pct").asDouble())
                .isCloseTo(
                        100
                                * row.get("most_hit_lost_days").asDouble()
                                / scenario.get("steps").asInt(),
                        within(1e-3));
        assertThat(SummaryTable.render(result))
                .contains(coalition.get(0).commodity() + " " + coalition.get(0).day());
    }

    @Test
    void textFromScenariosIsEscaped() throws IOException {
        Path evil = Files.writeString(dir.resolve("evil.yaml"), """
                lodestone: 1
                name: "<script>alert('x')</script> & co"
                dataset: builtin:ai-stack
                horizon: 20
                events: []
                """);

        run(List.of(evil.toString()), dir.resolve("out"));

        String html = Files.readString(dir.resolve("out/index.html"));
        assertThat(html)
                .doesNotContain("<script>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co")
                .contains("id=\"scenario-script-alert-x-script-co\"");
    }

    @Test
    void badInputLeavesThePreviousReportUntouched() throws IOException {
        Path out = Files.createDirectories(dir.resolve("lodestone-out"));
        Files.writeString(out.resolve("index.html"), "previous");
        Path bad = Files.writeString(dir.resolve("bad.yaml"), """
                lodestone: 1
                name: bad
                dataset: builtin:ai-stack
                horizon: 30
                events:
                  - {type: capacity-loss, at: {region: TWN, commodity: logic-wafers}, fraction: 0.5, start: 1, duration: 5}
                """);

        assertThatThrownBy(() -> run(List.of(bad.toString()), out))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(bad + ":6:31: error: node 'TWN/logic-wafers' is not in the table");

        assertThat(out.resolve("index.html")).hasContent("previous");
    }

    @Test
    void aFailureWhileWritingLeavesThePreviousReportUntouched() throws IOException {
        StressTestResult result = run(List.of(Scenarios.file("malacca")), dir.resolve("first"));
        Path out = Files.createDirectories(dir.resolve("lodestone-out"));
        Files.writeString(out.resolve("index.html"), "previous");
        StressTestResult elsewhere = new StressTestResult(
                result.scope(),
                result.scenarios(),
                result.exposure(),
                result.version(),
                out.toAbsolutePath(),
                result.seconds());
        List<StressTestUseCase.ReportFile> failing =
                List.of(StressTestUseCase.FILES.get(0), new StressTestUseCase.ReportFile("summary.csv", r -> {
                    throw new UncheckedIOException(new IOException("disk full"));
                }));

        assertThatThrownBy(() -> StressTestUseCase.write(elsewhere, failing)).hasMessageContaining("disk full");

        assertThat(out.resolve("index.html")).hasContent("previous");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".tmp-"));
        }
    }
}
