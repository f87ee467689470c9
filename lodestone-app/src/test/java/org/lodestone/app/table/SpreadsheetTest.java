package org.lodestone.app.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.lodestone.core.model.Source;
import org.lodestone.core.model.SourceId;

/** {@link Spreadsheet}: CSV text becomes typed cells; the units sheet lists columns, facts and sources. */
class SpreadsheetTest {

    @Test
    void numbersBecomeNumbersWhileDatesNamesAndQuotedTextStayText() {
        Spreadsheet book = new Spreadsheet();
        List<String> header = book.table(
                "t", "name,value,date,flag,note\nUSA,12.5,2026-03-01,true,\"a, b\"\nCHN,-3e-05,,false,007x\n");
        book.units(List.of(), Map.of(), List.of());

        Map<String, List<List<Object>>> sheets = SheetRows.read(book.bytes());

        assertThat(header).containsExactly("name", "value", "date", "flag", "note");
        assertThat(sheets.get("t"))
                .containsExactly(
                        List.of("name", "value", "date", "flag", "note"),
                        List.of("USA", 12.5, "2026-03-01", true, "a, b"),
                        Arrays.asList("CHN", -3e-05, null, false, "007x"));
    }

    @Test
    void allDigitNamesStayTextWhenTheirUnitNamesThings() {
        Spreadsheet book = new Spreadsheet();
        book.table("t", "sector,region,value\n10,007,10\nC20,USA,2.5\n");
        book.units(
                List.of(
                        new Spreadsheet.Column("t", "sector", "commodity id", "the MRIO table's sector"),
                        new Spreadsheet.Column("t", "region", "ISO 3166-1 alpha-3 or aggregate", "who"),
                        new Spreadsheet.Column("t", "value", "% of baseline", "output ÷ baseline")),
                Map.of(),
                List.of());

        assertThat(SheetRows.read(book.bytes()).get("t"))
                .as("sector 10 and region 007 are names; the value 10 is a number")
                .containsExactly(
                        List.of("sector", "region", "value"), List.of("10", "007", 10.0), List.of("C20", "USA", 2.5));
    }

    @Test
    void columnsAreTextWhenTheirUnitNamesThings() {
        assertThat(List.of("commodity id", "source ids", "text", "name", "ISO 3166-1 alpha-3", "layer of the stack"))
                .allSatisfy(unit -> assertThat(new Spreadsheet.Column("t", "c", unit, "").text())
                        .as(unit)
                        .isTrue());
        assertThat(List.of(
                        "% of baseline",
                        "days", "index", "fraction | day | days", "unit of the row", "rank (1 = worst)"))
                .allSatisfy(unit -> assertThat(new Spreadsheet.Column("t", "c", unit, "").text())
                        .as(unit)
                        .isFalse());
    }

    @Test
    void aQuotedColumnNameMayHoldACommaAsTheEnsemblesDatasetPathsDo() {
        Spreadsheet book = new Spreadsheet();
        List<String> header = book.table(
                "members", "member,\"dataset.final_stocks[ndfeb-magnet,JPN].days\",\"say \"\"hi\"\"\"\n0,35,x\n");

        assertThat(header).containsExactly("member", "dataset.final_stocks[ndfeb-magnet,JPN].days", "say \"hi\"");
    }

    @Test
    void theUnitsSheetListsColumnsThenFactsThenSources() {
        Spreadsheet book = new Spreadsheet();
        book.units(
                List.of(new Spreadsheet.Column("t", "value", "% of baseline", "output ÷ baseline")),
                Map.of("coalition", "pax-silica"),
                List.of(new Source(
                        SourceId.of("MCS25"), "Mineral Commodity Summaries", "USGS", OptionalInt.of(2025), "")));

        List<List<Object>> rows = SheetRows.read(book.bytes()).get(Spreadsheet.UNITS);

        assertThat(rows.get(1)).containsExactly("t", "value", "% of baseline", "output ÷ baseline");
        assertThat(rows).contains(List.of("coalition", "pax-silica"));
        assertThat(rows).contains(List.of("MCS25", "Mineral Commodity Summaries", "USGS", "2025", ""));
    }

    @Test
    void factsFlattenAJsonObjectAndLeaveListsOfObjectsOut() {
        Map<String, String> facts = Spreadsheet.facts(
                "{\"provenance\": {\"date\": \"2026-03-01\", \"members\": [\"JPN\", \"USA\"], \"concern\": null,"
                        + " \"assumed\": {\"recipes\": [\"a<-b\"]}, \"rows\": [{\"x\": 1}]}}",
                "provenance");

        assertThat(facts)
                .containsExactly(
                        Map.entry("date", "2026-03-01"),
                        Map.entry("members", "JPN USA"),
                        Map.entry("concern", ""),
                        Map.entry("assumed.recipes", "a<-b"));
    }

    @Test
    void aColumnWithoutAMeaningIsNamed() {
        assertThatThrownBy(() -> ColumnMeanings.of("exposure", "summary", List.of("commodity", "mystery")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("column-meanings.csv has no row for column mystery of table exposure");
        assertThat(ColumnMeanings.find("backtest", "error"))
                .hasValue(List.of("unit of the row", "simulated − observed"));
    }
}
