package org.lodestone.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lodestone.io.problem.Problem;
import org.lodestone.io.problem.Problems;

class CsvReaderTest {

    private final Problems problems = new Problems();

    private List<CsvRow> read(String text) {
        return CsvReader.read("f.csv", text, List.of("a", "b"), List.of("note"), problems);
    }

    private List<String> messages() {
        return problems.all().stream().map(Problem::format).toList();
    }

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
        List<CsvRow> rows = read("a,b,note\r\n1,\"x, y\",\"say \"\"hi\"\"\"\n2,\"two\nlines\",\n3,z,\n");

        assertThat(messages()).isEmpty();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).get("b")).isEqualTo("x, y");
        assertThat(rows.get(0).get("note")).isEqualTo("say \"hi\"");
        assertThat(rows.get(1).get("b")).isEqualTo("two\nlines");
        // the third record starts on line 5 because the second spans lines 3 and 4
        assertThat(rows.get(2).line()).isEqualTo(5);
        assertThat(rows.get(2).at("b").column()).isEqualTo(3);
    }

    @Test
    void columnOrderIsFreeAndOptionalColumnsMayBeAbsent() {
        List<CsvRow> rows = read("b,a\nq,p\n");

        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.get("a")).isEqualTo("p");
            assertThat(r.get("note")).isEmpty();
            assertThat(r.at("a").column()).isEqualTo(3);
        });
    }

    @Test
    void skipsBlankLinesAndAByteOrderMark() {
        List<CsvRow> rows = read("\uFEFFa,b\n\n1,2\n\n");

        assertThat(messages()).isEmpty();
        assertThat(rows).singleElement().satisfies(r -> assertThat(r.line()).isEqualTo(3));
    }

    @Test
    void reportsAWrongFieldCountAtTheRow() {
        List<CsvRow> rows = read("a,b\n1,2,3\n4,5\n");

        assertThat(rows).hasSize(1);
        assertThat(messages())
                .containsExactly(
                        "f.csv:2:1: error: row has 3 fields; expected 2 fields as in the header. Maybe a field with a comma is not quoted");
    }

    @Test
    void reportsUnknownRepeatedAndMissingColumns() {
        List<CsvRow> rows = read("a,xyz,a,qqqq,bee\n1,2,3,4,5\n");

        assertThat(rows).isEmpty();
        assertThat(messages())
                .containsExactly(
                        "f.csv:1:3: error: column 'xyz' is not a known column; expected one of a, b, note",
                        "f.csv:1:7: error: column 'a' appears twice in the header; expected each column once",
                        "f.csv:1:9: error: column 'qqqq' is not a known column; expected one of a, b, note",
                        "f.csv:1:14: error: column 'bee' is not a known column; expected one of a, b, note. Maybe you meant b",
                        "f.csv:1:1: error: column 'b' is missing from the header; expected the columns a,b");
    }

    @Test
    void aRenamedColumnIsOneErrorNamingTheMissingOne() {
        List<CsvRow> rows = CsvReader.read(
                "p.csv",
                "commodity,region,qty\nx,y,1\n",
                List.of("commodity", "region", "quantity"),
                List.of(),
                problems);

        assertThat(rows).isEmpty();
        assertThat(messages())
                .containsExactly("p.csv:1:18: error: column 'qty' is not a known column and 'quantity' is missing; "
                        + "expected one of commodity, quantity, region. Maybe rename it to quantity");
    }

    @Test
    void aSemicolonSeparatedFileIsNamedAsSuchInOneError() {
        List<CsvRow> rows = read("a;b;note\n1;2;x\n3;4;y\n");

        assertThat(rows).isEmpty();
        assertThat(messages())
                .containsExactly("f.csv:1:1: error: is separated by semicolons (;), not commas; expected a "
                        + "comma-separated header: a,b. Maybe save it as comma-separated CSV (in Excel: CSV UTF-8), "
                        + "or replace each ; with a comma");
    }

    @Test
    void anUnusableHeaderIsToldApartFromAFileWithoutRows() {
        assertThat(CsvReader.readTable("f.csv", "a,x\n", List.of("a", "b"), List.of(), problems))
                .isEmpty();
        assertThat(CsvReader.readTable("f.csv", "a,b\n", List.of("a", "b"), List.of(), new Problems()))
                .hasValue(List.of());
    }

    @Test
    void reportsAnUnclosedQuoteAndAnEmptyFile() {
        read("a,b\n1,\"open\n");
        assertThat(messages())
                .containsExactly("f.csv:2:3: error: has a quoted field that is never closed; expected a closing \"");

        Problems empty = new Problems();
        CsvReader.read("g.csv", "", List.of("a"), List.of(), empty);
        assertThat(empty.all())
                .extracting(Problem::format)
                .containsExactly("g.csv: error: is empty; expected a header row: a");
    }
}
