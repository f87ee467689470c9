package org.lodestone.io.mrio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lodestone.io.mrio.MrioFolderReaderTest.REFERENCE;
import static org.lodestone.io.mrio.MrioFolderReaderTest.assertSameMatrix;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lodestone.core.mrio.FinalDemandColumn;
import org.lodestone.core.mrio.Industry;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.SparseMatrix;
import org.lodestone.core.mrio.SyntheticMrio;

class MrioFolderWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesTheReferenceFilesByteForByte() throws IOException {
        Path folder = dir.resolve("synth");
        MrioFolderWriter.write(SyntheticMrio.generate(5, 4, 42), folder);

        for (String file : MrioFolderReader.REQUIRED_FILES) {
            assertThat(Files.readString(folder.resolve(file)))
                    .as(file)
                    .isEqualTo(Files.readString(REFERENCE.resolve(file)));
        }
        assertThat(Files.readString(folder.resolve("meta.json"))).isEqualTo("{\n  \"monetary_factor\": 1000000\n}\n");
    }

    @Test
    void roundTripGivesIdenticalDoubles() throws IOException {
        IoTable table = randomTable(new Random(7));
        Path folder = dir.resolve("random");

        MrioFolderWriter.write(table, folder);
        IoTable read = MrioFolderReader.read(folder);

        assertSameMatrix(read.z(), table.z());
        assertSameMatrix(read.y(), table.y());
        assertThat(bits(read.x())).isEqualTo(bits(table.x()));
        assertThat(read.industries()).isEqualTo(table.industries());
        assertThat(read.finalDemandColumns()).isEqualTo(table.finalDemandColumns());
        assertThat(read.monetaryFactor()).isEqualTo(1e3);
    }

    @Test
    void namesWithCommasAndQuotesAreQuoted() throws IOException {
        List<Industry> industries = List.of(new Industry("R1", "Food, \"fresh\""), new Industry("R1", "Mining"));
        IoTable table = new IoTable(
                industries,
                List.of(new FinalDemandColumn("R1", "hh")),
                SparseMatrix.fromDense(2, 2, new double[] {0, 1, 2, 0}),
                SparseMatrix.fromDense(2, 1, new double[] {3, 4}),
                new double[] {4, 6},
                IoTable.Units.MONETARY,
                1e6,
                Optional.empty());

        MrioFolderWriter.write(table, dir.resolve("quoted"));

        assertThat(Files.readString(dir.resolve("quoted").resolve("industries.csv")))
                .contains("0,R1,\"Food, \"\"fresh\"\"\"\n");
        assertThat(MrioFolderReader.read(dir.resolve("quoted")).industries()).isEqualTo(industries);
    }

    @Test
    void anEmptyFolderIsFilledButANonEmptyOneIsNeverOverwritten() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        MrioFolderWriter.write(SyntheticMrio.generate(2, 2, 1), empty);
        assertThat(empty.resolve("Z.csv")).exists();

        assertThatThrownBy(() -> MrioFolderWriter.write(SyntheticMrio.generate(2, 2, 1), empty))
                .isInstanceOf(FileAlreadyExistsException.class)
                .hasMessageContaining("the folder exists and is not empty; not overwritten");
        assertThat(siblings()).containsExactly("empty");
    }

    @Test
    void aFailedWriteLeavesNothingBehind() throws IOException {
        double[] x = {1, Double.NaN};
        IoTable table = new IoTable(
                List.of(new Industry("R1", "A"), new Industry("R1", "B")),
                List.of(new FinalDemandColumn("R1", "hh")),
                SparseMatrix.fromDense(2, 2, new double[4]),
                SparseMatrix.fromDense(2, 1, new double[] {1, 1}),
                x,
                IoTable.Units.MONETARY,
                1e6,
                Optional.empty());

        assertThatThrownBy(() -> MrioFolderWriter.write(table, dir.resolve("nan")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot write NaN; the table must hold finite numbers");
        assertThat(siblings()).isEmpty();
    }

    @Test
    void physicalTablesAreRefused() {
        IoTable table = new IoTable(
                List.of(new Industry("R1", "A")),
                List.of(),
                SparseMatrix.fromDense(1, 1, new double[1]),
                SparseMatrix.fromDense(1, 0, new double[0]),
                new double[] {1},
                IoTable.Units.PHYSICAL,
                1,
                Optional.empty());

        assertThatThrownBy(() -> MrioFolderWriter.write(table, dir.resolve("physical")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an MRIO folder holds monetary tables without capital; this table is PHYSICAL");
    }

    /** 3 regions × 2 sectors, two categories, values of every magnitude and sign, a third of them zero. */
    private static IoTable randomTable(Random random) {
        List<Industry> industries = Stream.of("R1", "R2", "R3")
                .flatMap(r -> Stream.of(new Industry(r, "A"), new Industry(r, "B")))
                .toList();
        List<FinalDemandColumn> columns = Stream.of("R1", "R2", "R3")
                .flatMap(r -> Stream.of(new FinalDemandColumn(r, "gov"), new FinalDemandColumn(r, "hh")))
                .toList();
        double[] z = random.doubles(36).map(u -> value(random, u)).toArray();
        double[] y = random.doubles(36).map(u -> value(random, u)).toArray();
        double[] x = random.doubles(6).map(u -> value(random, u)).toArray();
        x[0] = -0.0;
        x[1] = Double.MIN_VALUE;
        x[2] = Double.MAX_VALUE;
        return new IoTable(
                industries,
                columns,
                SparseMatrix.fromDense(6, 6, z),
                SparseMatrix.fromDense(6, 6, y),
                x,
                IoTable.Units.MONETARY,
                1e3,
                Optional.empty());
    }

    private static double value(Random random, double u) {
        if (u < 0.33) {
            return 0;
        }
        double magnitude = Math.pow(10, random.nextInt(40) - 20) * random.nextDouble();
        return u < 0.5 ? -magnitude : u < 0.7 ? Math.rint(magnitude * 1e20) : magnitude;
    }

    private static long[] bits(double[] values) {
        return Arrays.stream(values).mapToLong(Double::doubleToRawLongBits).toArray();
    }

    private List<String> siblings() throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).toList();
        }
    }
}
