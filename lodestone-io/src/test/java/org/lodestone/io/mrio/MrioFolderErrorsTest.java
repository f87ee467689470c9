package org.lodestone.io.mrio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lodestone.io.mrio.MrioFolder.problems;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lodestone.io.problem.InputException;

/** Each kind of bad MRIO folder, with its message and exact location. */
class MrioFolderErrorsTest {

    @TempDir
    Path dir;

    private List<String> problemsWith(String file, String text) {
        return problems(new MrioFolder().with(file, text).writeTo(dir));
    }

    private String at(String file) {
        return dir.resolve(file).toString();
    }

    @Test
    void missingFilesAreReportedTogether() {
        List<String> problems =
                problems(new MrioFolder().without("Z.csv").without("x.csv").writeTo(dir));

        String hint =
                ". An MRIO folder holds industries.csv, fd_columns.csv, Z.csv, Y.csv, x.csv and optionally meta.json";
        assertThat(problems)
                .containsExactly(
                        at("Z.csv") + ": error: is missing; expected the file Z.csv in the MRIO folder" + hint,
                        at("x.csv") + ": error: is missing; expected the file x.csv in the MRIO folder" + hint);
    }

    @Test
    void aFolderThatDoesNotExist() {
        assertThatThrownBy(() -> MrioFolderReader.read(dir.resolve("nowhere")))
                .isInstanceOf(InputException.class)
                .hasMessage(
                        at("nowhere")
                                + ": error: does not exist; expected an MRIO folder holding industries.csv, fd_columns.csv, Z.csv, Y.csv, x.csv");
    }

    @Test
    void nonNumericEmptyAndHugeCells() {
        List<String> problems = problemsWith("Z.csv", "1,2,0,4\n5,abc,7,8\n0,,0.5,1e999\nNaN,0,3,0x10\n");

        assertThat(problems)
                .containsExactly(
                        at("Z.csv")
                                + ":2:3: error: 'abc' is not a number; expected a plain decimal number such as 1250 or 0.37",
                        at("Z.csv")
                                + ":3:3: error: is an empty cell; expected a plain decimal number such as 1250 or 0.37",
                        at("Z.csv")
                                + ":3:8: error: '1e999' is too large; expected a finite number (at most about 1.8e308)",
                        at("Z.csv")
                                + ":4:1: error: 'NaN' is not a number; expected a plain decimal number such as 1250 or 0.37",
                        at("Z.csv")
                                + ":4:9: error: '0x10' is not a number; expected a plain decimal number such as 1250 or 0.37");
    }

    @Test
    void rowsWithTooFewOrTooManyValues() {
        List<String> problems = problemsWith("Y.csv", "10,1\n20\n30,3,7\n40,4\n");

        assertThat(problems)
                .containsExactly(
                        at("Y.csv") + ":2:3: error: row has 1 values; expected 2, one per column of fd_columns.csv",
                        at("Y.csv") + ":3:6: error: row has 3 values; expected 2, one per column of fd_columns.csv");
    }

    @Test
    void tooFewAndTooManyRows() {
        assertThat(problemsWith("x.csv", "18\n48\n1033.5\n"))
                .containsExactly(at("x.csv") + ": error: has 3 rows; expected 4, one per industry of industries.csv");
        assertThat(problemsWith("x.csv", "18\n48\n1033.5\n52.25\n1\n2\n"))
                .containsExactly(
                        at("x.csv") + ":5:1: error: has 6 rows; expected 4, one per industry of industries.csv");
    }

    @Test
    void idxMustNumberTheRowsFromZero() {
        List<String> problems = problemsWith("fd_columns.csv", "idx,region,category\n1,R1,hh\n2,R2,hh\n");

        assertThat(problems)
                .containsExactly(
                        at("fd_columns.csv")
                                + ":2:1: error: idx '1' is not the row's position; expected 0 (idx numbers the rows 0, 1, 2, … in file order)",
                        at("fd_columns.csv")
                                + ":3:1: error: idx '2' is not the row's position; expected 1 (idx numbers the rows 0, 1, 2, … in file order)");
    }

    @Test
    void industriesMustBeInLexicographicOrder() {
        List<String> problems = problemsWith("industries.csv", "idx,region,sector\n0,R1,B\n1,R1,A\n2,R2,A\n3,R2,B\n");

        assertThat(problems)
                .containsExactly(
                        at("industries.csv")
                                + ":3:3: error: 'R1,A' comes after 'R1,B' (line 2); expected rows in lexicographic order of (region, sector). Sort the rows and renumber idx from 0");
    }

    @Test
    void industriesMustBeTheFullRegionBySectorProduct() {
        List<String> problems = problems(new MrioFolder()
                .with("industries.csv", "idx,region,sector\n0,R1,A\n1,R1,B\n2,R2,A\n")
                .with("Z.csv", "1,2,0\n5,6,7\n0,0,1\n")
                .with("Y.csv", "1,1\n1,1\n1,1\n")
                .with("x.csv", "1\n1\n1\n")
                .writeTo(dir));

        assertThat(problems)
                .containsExactly(
                        at("industries.csv")
                                + ": error: lacks the industry R2,B; expected every region × sector combination, as the MRIO format has one industry for each");
    }

    @Test
    void duplicateLabelsPointAtTheFirstOccurrence() {
        List<String> problems = problemsWith("fd_columns.csv", "idx,region,category\n0,R1,hh\n1,R1,hh\n");

        assertThat(problems)
                .contains(
                        at("fd_columns.csv")
                                + ":3:3: error: 'R1,hh' repeats the final-demand column of line 2; expected each final-demand column once");
    }

    @Test
    void finalDemandNeedsARegionWithIndustriesAndEveryCategoryInEachRegion() {
        assertThat(problemsWith("fd_columns.csv", "idx,region,category\n0,R1,hh\n1,R3,hh\n"))
                .containsExactly(at("fd_columns.csv")
                        + ":3:3: error: region 'R3' has no industries; expected a region of industries.csv");
        assertThat(problems(new MrioFolder()
                        .with("fd_columns.csv", "idx,region,category\n0,R1,gov\n1,R1,hh\n2,R2,hh\n")
                        .with("Y.csv", "1,1,1\n1,1,1\n1,1,1\n1,1,1\n")
                        .writeTo(dir.resolve("product"))))
                .containsExactly(
                        dir.resolve("product").resolve("fd_columns.csv")
                                + ": error: lacks the final-demand column R2,gov; expected every region × category combination, as the MRIO format has one final-demand column for each");
    }

    @Test
    void anUnreadableLabelFileDoesNotCascadeIntoRowCounts() {
        List<String> problems = problems(new MrioFolder()
                .with("industries.csv", "idx,region\n0,R1\n")
                .with("Z.csv", "1,2,0,4\n5,x,7,8\n")
                .writeTo(dir));

        assertThat(problems)
                .containsExactly(
                        at("industries.csv")
                                + ":1:1: error: column 'sector' is missing from the header; expected the columns idx,region,sector",
                        at("Z.csv")
                                + ":2:3: error: 'x' is not a number; expected a plain decimal number such as 1250 or 0.37");
    }

    @Test
    void metaJsonKeysAndMonetaryFactorAreChecked() {
        List<String> problems = problemsWith("meta.json", "{\"monetary_factor\": -5, \"unit\": \"EUR\"}");

        assertThat(problems)
                .containsExactly(
                        at("meta.json")
                                + ":1:25: error: key 'unit' is not a known key; expected one of description, monetary_factor, name",
                        at("meta.json")
                                + ":1:21: error: monetary_factor '-5' is not a positive number; expected the table's money unit, e.g. 1000000 for millions");
    }

    @Test
    void aFileFullOfBadCellsShowsTheFirstTwentyProblems() {
        String bad = "a,b,c,d\n".repeat(4) + "e,f\n".repeat(3);
        List<String> problems = problemsWith("Z.csv", bad);

        assertThat(problems).hasSize(22);
        assertThat(problems.get(18))
                .isEqualTo(
                        at("Z.csv") + ":5:4: error: row has 2 values; expected 4, one per industry of industries.csv");
        assertThat(problems.get(19))
                .isEqualTo(at("Z.csv")
                        + ":6:1: error: 'e' is not a number; expected a plain decimal number such as 1250 or 0.37");
        assertThat(problems.subList(20, 22))
                .containsExactly(
                        at("Z.csv") + ":5:1: error: has 7 rows; expected 4, one per industry of industries.csv",
                        at("Z.csv") + ": error: has 5 more problems like these, not shown");
    }
}
