package org.lodestone.io.mrio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lodestone.core.mrio.FinalDemandColumn;
import org.lodestone.core.mrio.Industry;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.SparseMatrix;
import org.lodestone.io.problem.InputException;
import org.lodestone.io.problem.Problem;

class PymrioTextReaderTest {

    /** One region R, sectors a and b, one category hh, written as pandas does for named indexes. */
    private static final String Z = "region\t\tR\tR\nsector\t\ta\tb\nregion\tsector\t\t\nR\ta\t1\t2\nR\tb\t3\t4\n";

    private static final String Y = "region\t\tR\ncategory\t\thh\nregion\tsector\t\nR\ta\t5\nR\tb\t6\n";

    @TempDir
    Path dir;

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(PymrioTextReaderTest.class.getResource(name).toURI());
    }

    @Test
    void sortsRowsAndColumnsLexicographically() throws URISyntaxException {
        IoTable table = PymrioTextReader.read(fixture("pymrio-sorted"));

        assertThat(table.industries())
                .containsExactly(
                        new Industry("reg1", "food"),
                        new Industry("reg1", "mining"),
                        new Industry("reg2", "food"),
                        new Industry("reg2", "mining"));
        assertThat(table.finalDemandColumns())
                .containsExactly(
                        new FinalDemandColumn("reg1", "Government"),
                        new FinalDemandColumn("reg1", "Household"),
                        new FinalDemandColumn("reg2", "Government"),
                        new FinalDemandColumn("reg2", "Household"));
        assertThat(dense(table.z()))
                .isEqualTo(new double[][] {{0, 43, 42, 41}, {34, 33, 32, 31}, {24, 23, 22, 21.5}, {14, 13, 12, 11}});
        assertThat(dense(table.y())[0]).containsExactly(403, 402, 404, 401);
        assertThat(dense(table.y())[3]).containsExactly(103, 102, 104, 101);
        assertThat(table.x()).containsExactly(4000.5, 3000, 2000, 1000);
        assertThat(table.z().nonZeros()).isEqualTo(15);
        assertThat(table.units()).isEqualTo(IoTable.Units.MONETARY);
        assertThat(table.monetaryFactor()).isEqualTo(1e6);
    }

    @Test
    void withoutXTxtGrossOutputIsTheRowSumOfZAndY() throws URISyntaxException {
        IoTable table = PymrioTextReader.read(fixture("pymrio-no-x"));

        assertThat(table.z().get(0, 0)).isEqualTo(150);
        assertThat(table.z().get(3, 3)).isEqualTo(0.125);
        assertThat(table.finalDemandColumns())
                .extracting(FinalDemandColumn::category)
                .containsOnly("final_demand");
        assertThat(table.x()).containsExactly(261, 252, 348, 410.125);
    }

    @Test
    void missingFilesAreReportedTogether() {
        assertThat(problems())
                .containsExactly(
                        at("Z.txt")
                                + ": error: is missing; expected the file Z.txt of a pymrio text folder. Save the MRIO with pymrio's save_all(path, table_format=\"txt\")",
                        at("Y.txt")
                                + ": error: is missing; expected the file Y.txt of a pymrio text folder. Save the MRIO with pymrio's save_all(path, table_format=\"txt\")");
    }

    @Test
    void badCellsAndRowLengthsAreLocated() {
        write("Z.txt", Z.replace("R\tb\t3\t4", "R\tb\t3,5\t4\t7"));
        write("Y.txt", Y);

        assertThat(problems())
                .containsExactly(
                        at("Z.txt")
                                + ":5:5: error: '3,5' is not a number; expected a plain decimal number such as 1250 or 0.37",
                        at("Z.txt") + ":5:11: error: row has 3 values; expected 2, one per column of the header");
    }

    @Test
    void zColumnsMustBeItsRows() {
        write("Z.txt", Z.replace("sector\t\ta\tb", "sector\t\ta\tc"));
        write("Y.txt", Y);

        assertThat(problems())
                .containsExactly(
                        at("Z.txt")
                                + ":1:11: error: 'R,c' is not an industry of its rows; expected the same industries as its rows",
                        at("Z.txt")
                                + ": error: has no column for R,b; expected a column for each industry of its rows");
    }

    @Test
    void yAndXRowsMustBeTheRowsOfZ() {
        write("Z.txt", Z);
        write("Y.txt", Y.replace("R\tb\t6", "R\tbb\t6"));
        write("x.txt", "region\tsector\tindout\nR\ta\t8\nR\ta\t13\n");

        assertThat(problems())
                .containsExactly(
                        at("Y.txt")
                                + ":5:1: error: 'R,bb' is not an industry of the rows of Z.txt; expected the same industries as the rows of Z.txt",
                        at("Y.txt")
                                + ": error: has no row for R,b; expected a row for each industry of the rows of Z.txt",
                        at("x.txt") + ":3:1: error: 'R,a' repeats the industry of line 2; expected each industry once");
    }

    @Test
    void everyRegionNeedsEverySectorAndEveryCategory() {
        write("Z.txt", "\t\tR\tR\tS\n\t\ta\tb\ta\nR\ta\t1\t2\t3\nR\tb\t1\t2\t3\nS\ta\t1\t2\t3\n");
        write("Y.txt", "\t\tR\tS\tS\n\t\thh\thh\tgov\nR\ta\t1\t2\t3\nR\tb\t1\t2\t3\nS\ta\t1\t2\t3\n");

        assertThat(problems())
                .containsExactly(
                        at("Z.txt")
                                + ": error: lacks the industry S,b; expected every region × sector combination, as the MRIO format has one industry for each",
                        at("Y.txt")
                                + ": error: lacks the final-demand column R,gov; expected every region × category combination, as the MRIO format has one final-demand column for each");
    }

    @Test
    void malformedHeadersAndRowsWithoutLabels() {
        write("Z.txt", "region\t\tR\tR\nsector\t\ta\nR\ta\t1\t2\nR\tb\t3\t4\n");
        write("Y.txt", Y.replace("R\tb\t6", "\t\t6"));
        write("x.txt", "region\tindout\nR\ta\t1\nR\tb\t1\n");

        assertThat(problems())
                .containsExactly(
                        at("Z.txt")
                                + ":2:1: error: header row has 3 cells, the row above 4; expected two header rows of equal length: two index cells, then one label per column",
                        at("Y.txt")
                                + ":5:1: error: row has no region and sector; expected two index cells, region then sector, before the numbers",
                        at("x.txt")
                                + ":1:1: error: has a header row of 2 cells; expected a header row of 3 cells: region, sector and the column name (indout)");
    }

    @Test
    void finalDemandRegionsMustHaveIndustries() {
        write("Z.txt", Z);
        write("Y.txt", "region\t\tR\tT\ncategory\t\thh\thh\nR\ta\t5\t1\nR\tb\t6\t1\n");

        assertThat(problems())
                .containsExactly(
                        at("Y.txt") + ":1:11: error: region 'T' has no industries; expected a region of Z.txt");
    }

    private void write(String file, String text) {
        try {
            Files.writeString(dir.resolve(file), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String at(String file) {
        return dir.resolve(file).toString();
    }

    private List<String> problems() {
        try {
            PymrioTextReader.read(dir);
            return List.of();
        } catch (InputException e) {
            return e.problems().stream().map(Problem::format).toList();
        }
    }

    private static double[][] dense(SparseMatrix matrix) {
        double[][] dense = new double[matrix.rows()][matrix.cols()];
        for (int i = 0; i < matrix.rows(); i++) {
            for (int j = 0; j < matrix.cols(); j++) {
                dense[i][j] = matrix.get(i, j);
            }
        }
        return dense;
    }
}
