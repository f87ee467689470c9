package org.lodestone.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stress-test --format xlsx}: the workbook opens, agrees with summary.csv and explains its columns. */
class StressTestWorkbookTest {

    @TempDir
    Path dir;

    private static String scenario(String name) {
        try {
            return Path.of(StressTestWorkbookTest.class
                            .getResource("/org/lodestone/app/stresstest/" + name + ".yaml")
                            .toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void writesAWorkbookThatReadsBackAsTheCsvWithUnitsAndSources() throws IOException {
        Path out = dir.resolve("out");
        Cli cli = Cli.run(
                "stress-test",
                "--scenarios",
                scenario("malacca"),
                "--date",
                "2026-03-01",
                "--out",
                out.toString(),
                "--format",
                "xlsx");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out()).contains("(also summary.csv, summary.json, measures.csv and summary.xlsx)");
        List<String> csv = Files.readAllLines(out.resolve("summary.csv"));
        List<String> header = List.of(csv.get(0).split(","));
        try (InputStream in = Files.newInputStream(out.resolve("summary.xlsx"));
                Workbook book = new XSSFWorkbook(in)) {
            assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2)))
                    .containsExactly("summary", "brief", "units and sources");
            Sheet summary = book.getSheet("summary");
            assertThat(texts(summary.getRow(0))).isEqualTo(header);
            assertThat(summary.getLastRowNum()).as("one row per CSV row").isEqualTo(csv.size() - 1);
            int delivered = header.indexOf("delivered_pct");
            Cell first = summary.getRow(1).getCell(delivered);
            assertThat(first.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getNumericCellValue())
                    .isEqualTo(Double.parseDouble(csv.get(1).split(",")[delivered]));
            assertThat(summary.getRow(1).getCell(header.indexOf("region")).getStringCellValue())
                    .isEqualTo("pax-silica");
            assertThat(book.getSheet("brief").getRow(2).getCell(0).getStringCellValue())
                    .startsWith("Of the 1 scenario, malacca hurts Pax Silica most:");
            Sheet units = book.getSheet("units and sources");
            List<List<String>> rows = new ArrayList<>();
            units.forEach(row -> rows.add(texts(row)));
            for (int c = 0; c < header.size(); c++) {
                assertThat(rows.get(1 + c).subList(0, 2)).containsExactly("summary", header.get(c));
                assertThat(rows.get(1 + c).get(2))
                        .as("unit of " + header.get(c))
                        .isNotBlank();
            }
            assertThat(rows)
                    .anySatisfy(
                            r -> assertThat(r)
                                    .containsExactly(
                                            "summary",
                                            "delivered_pct",
                                            "% of baseline",
                                            "Σ over days of output ÷ Σ of baseline output of the final commodity (can exceed 100 when demand rises)"));
            assertThat(rows).anySatisfy(r -> assertThat(r.get(0)).isEqualTo("MCS25"));
            assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("membership date", "2026-03-01"));
            assertThat(rows.get(0))
                    .as("the same four-column sheet as the other commands' workbooks")
                    .containsExactly("sheet", "column", "unit", "definition");
        }
    }

    @Test
    void anUnknownFormatIsAUsageErrorNamingTheValidOnes() {
        Cli cli = Cli.run(
                "stress-test", "--format", "pdf", "--out", dir.resolve("out").toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("Invalid value for option '--format': 'pdf' (expected html or xlsx");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(
                cell -> texts.add(cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : cell.toString()));
        return texts;
    }
}
