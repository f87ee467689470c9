package org.lodestone.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lodestone.app.ensemble.EnsembleScenarios;
import org.lodestone.app.table.SheetRows;

/**
 * {@code --format xlsx} of exposure, ensemble and backtest: each workbook reads back with POI,
 * holds the CSV's rows with numbers as numbers, and explains every column with its unit.
 */
class WorkbookExportsTest {

    @TempDir
    Path dir;

    @Test
    void exposureWritesTheViewAndItsUnitsAndSources() {
        Path file = dir.resolve("summary.xlsx");
        Cli csv = Cli.run("exposure", "--date", "2026-03-01", "--format", "csv");
        Cli cli = Cli.run("exposure", "--date", "2026-03-01", "--format", "xlsx", "--out", file.toString());

        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out()).contains("Workbook: " + file.toAbsolutePath());
        Map<String, List<List<Object>>> book = SheetRows.read(file);
        assertThat(book.keySet()).containsExactly("summary", "units and sources");
        List<String> lines = csv.out().lines().toList();
        List<List<Object>> rows = book.get("summary");
        assertThat(rows).hasSize(lines.size());
        assertThat(rows.get(0)).containsExactly((Object[]) lines.get(0).split(","));
        int hhi = rows.get(0).indexOf("hhi");
        String[] first = lines.get(1).split(",", -1);
        assertThat(rows.get(1).get(hhi))
                .as("hhi, counted from the end (a name may hold a quoted comma)")
                .isEqualTo(Double.parseDouble(first[first.length - (rows.get(0).size() - hhi)]));
        everyColumnHasAUnit(book, "summary");
        List<List<Object>> units = units(book);
        assertThat(units).contains(List.of("date", "2026-03-01"));
        assertThat(units).anySatisfy(r -> assertThat(r.get(0)).isEqualTo("MCS25"));
    }

    @Test
    void everyExposureViewHasAMeaningForEachColumn() {
        for (List<String> view : List.of(
                List.of("summary", "--add", "TWN"),
                List.of("tiers"),
                List.of("criticality", "--add", "TWN"),
                List.of("chokepoints"),
                List.of("extraction", "--cut", "TWN:ai-accelerator"),
                List.of("extraction", "--top", "2"))) {
            Path file = dir.resolve(view.get(0) + ".xlsx");
            String[] args = new String[] {
                "exposure", "--date", "2026-03-01", "--format", "xlsx", "--out", file.toString(), "--view"
            };
            String[] all = java.util.stream.Stream.concat(List.of(args).stream(), view.stream())
                    .toArray(String[]::new);
            Cli cli = Cli.run(all);
            assertThat(cli.exitCode()).as(view + ": " + cli.err()).isZero();
            everyColumnHasAUnit(SheetRows.read(file), view.get(0));
        }
    }

    @Test
    void ensembleWritesItsFourTablesAndTheInputsVaried() {
        String scenario = EnsembleScenarios.write(dir, "taiwan.yaml", EnsembleScenarios.TAIWAN);
        Path out = dir.resolve("ens");

        Cli cli = Cli.run(
                "ensemble",
                scenario,
                "--runs",
                "4",
                "--seed",
                "3",
                "--threads",
                "1",
                "--date",
                "2026-06-01",
                "--out",
                out.toString(),
                "--format",
                "xlsx");

        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out()).contains("ensemble.json, ensemble.xlsx)");
        Map<String, List<List<Object>>> book = SheetRows.read(out.resolve("ensemble.xlsx"));
        assertThat(book.keySet()).containsExactly("metrics", "most_hit", "bands", "members", "units and sources");
        for (String sheet : List.of("metrics", "most_hit", "bands", "members")) {
            everyColumnHasAUnit(book, sheet);
        }
        assertThat(book.get("members")).hasSize(5);
        assertThat(book.get("members").get(4).get(0)).isEqualTo(3.0);
        assertThat(units(book)).anySatisfy(r -> assertThat(r.get(0).toString()).startsWith("input "));
        assertThat(units(book)).contains(List.of("seed", "3"));
    }

    @Test
    void backtestWritesTheRowsBesideTheCsv() throws IOException {
        Path out = dir.resolve("bt");
        Path episode = BacktestCommandTest.episodeIn(dir);

        Cli cli =
                Cli.run("backtest", episode.toString(), "--out", out.toString(), "--threads", "1", "--format", "xlsx");

        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out()).contains("also backtest.csv, backtest.json and backtest.xlsx");
        Map<String, List<List<Object>>> book = SheetRows.read(out.resolve("backtest.xlsx"));
        List<String> csv = Files.readAllLines(out.resolve("backtest.csv"));
        assertThat(book.get("backtest")).hasSize(csv.size());
        everyColumnHasAUnit(book, "backtest");
        List<List<Object>> units = units(book);
        assertThat(units).contains(List.of("score", "1 of 2 metrics inside their bands"));
        assertThat(units).anySatisfy(r -> assertThat(r).startsWith("cna", "", "Focus Taiwan"));
    }

    /** The rows of the sheet of units and sources, without the blank rows between its parts. */
    private static List<List<Object>> units(Map<String, List<List<Object>>> book) {
        return book.get("units and sources").stream().filter(r -> !r.isEmpty()).toList();
    }

    /** Each column of {@code sheet} has a row (sheet, column, unit, definition) with a unit and a definition. */
    private static void everyColumnHasAUnit(Map<String, List<List<Object>>> book, String sheet) {
        List<List<Object>> units =
                units(book).stream().filter(r -> r.size() == 4).toList();
        for (Object column : book.get(sheet).get(0)) {
            assertThat(units).as("unit of " + sheet + "/" + column).anySatisfy(r -> {
                assertThat(r.subList(0, 2)).containsExactly(sheet, column);
                assertThat((String) r.get(2)).isNotBlank();
                assertThat((String) r.get(3)).isNotBlank();
            });
        }
    }
}
