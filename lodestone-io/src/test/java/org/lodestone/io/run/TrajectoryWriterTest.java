package org.lodestone.io.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lodestone.core.ario.ArioModel;
import org.lodestone.core.ario.ArioParameters;
import org.lodestone.core.ario.ArioRun;
import org.lodestone.core.ario.StepListener;
import org.lodestone.core.mrio.FinalDemandColumn;
import org.lodestone.core.mrio.Industry;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.SyntheticMrio;
import org.lodestone.core.shock.Event;
import org.lodestone.core.shock.RecoveryCurve;
import org.lodestone.io.csv.CsvReader;
import org.lodestone.io.csv.CsvRow;
import org.lodestone.io.problem.Problems;

/**
 * The writer thread writes the files a writer on the engine's thread writes, byte for byte, on a
 * run long enough that the engine overtakes the writer and waits for free buffers.
 */
@SuppressWarnings("try") // the files are closed before the folder commits; the second close is a no-op
class TrajectoryWriterTest {

    private static final int STEPS = 40;

    @TempDir
    Path dir;

    private final IoTable table = SyntheticMrio.generate(3, 4, 7);

    private ArioRun shockedRun() {
        ArioModel model = ArioModel.of(table, ArioParameters.defaults());
        return new ArioRun(
                model,
                List.of(new Event.CapacityLoss(new int[] {5}, new double[] {0.4}, 2, 10, RecoveryCurve.LINEAR, 20)));
    }

    @ParameterizedTest
    @EnumSource(TrajectoryFormat.class)
    void writesWhatTheEnginesThreadWouldWrite(TrajectoryFormat format) throws IOException {
        Path threaded = dir.resolve("threaded");
        try (OutputFolder folder = OutputFolder.open(threaded);
                TrajectoryWriter writer = new TrajectoryWriter(folder, format, table)) {
            shockedRun().run(STEPS, writer);
            writer.close();
            folder.commit();
        }
        Path inline = dir.resolve("inline");
        try (OutputFolder folder = OutputFolder.open(inline);
                TrajectoryFiles files = new TrajectoryFiles(folder, format, table)) {
            StepValues values =
                    new StepValues(table.size(), table.finalDemandColumns().size());
            shockedRun().run(STEPS, step -> {
                values.copy(step);
                try {
                    files.write(values);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            files.close();
            folder.commit();
        }

        List<Path> names = files(inline);
        assertThat(names).isNotEmpty().isEqualTo(files(threaded));
        for (Path name : names) {
            assertThat(Files.readAllBytes(threaded.resolve(name)))
                    .as(name.toString())
                    .isEqualTo(Files.readAllBytes(inline.resolve(name)));
        }
        // the last name holds a line per step (production_realised.csv, trajectories.csv); the first may be
        // column_key.csv, a line per column
        assertThat(Files.readAllLines(threaded.resolve(names.get(names.size() - 1))))
                .hasSizeGreaterThan(STEPS);
    }

    @Test
    void closingTwiceWritesNothingMore() throws IOException {
        Path out = dir.resolve("out");
        try (OutputFolder folder = OutputFolder.open(out);
                TrajectoryWriter writer = new TrajectoryWriter(folder, TrajectoryFormat.CSV, table)) {
            shockedRun().run(3, StepListener.none().andThen(writer));
            writer.close();
            writer.close();
            folder.commit();
        }
        // a header and 3 steps of 12 industries
        assertThat(Files.readAllLines(out.resolve("trajectories.csv"))).hasSize(1 + 3 * table.size());
    }

    @Test
    void namesWithACommaOrAQuoteAreQuotedSoEveryLineReadsBackAsItsColumns() throws IOException {
        // an MRIO folder's names are free text: "Korea, Republic of" and a sector with quotes
        IoTable named = renamed(table, region -> region + ", Republic of", sector -> sector + " \"basic\"");
        Path out = dir.resolve("named");
        try (OutputFolder folder = OutputFolder.open(out);
                TrajectoryWriter writer = new TrajectoryWriter(folder, TrajectoryFormat.CSV, named)) {
            new ArioRun(ArioModel.of(named, ArioParameters.defaults()), List.of()).run(2, writer);
            writer.close();
            folder.commit();
        }

        Problems problems = new Problems();
        List<CsvRow> rows = CsvReader.read(
                "trajectories.csv",
                Files.readString(out.resolve("trajectories.csv")),
                List.of("step", "region", "sector", "production", "limiting_inputs"),
                List.of(
                        "capacity",
                        "overproduction",
                        "intermediate_demand",
                        "final_demand",
                        "rebuild_demand",
                        "input_stocks"),
                problems);
        List<CsvRow> unmet = CsvReader.read(
                "final_demand_unmet.csv",
                Files.readString(out.resolve("final_demand_unmet.csv")),
                List.of("step", "region", "category", "unmet"),
                List.of(),
                problems);

        assertThat(problems.all()).isEmpty();
        assertThat(rows).hasSize(2 * named.size());
        Industry first = named.industries().get(0);
        assertThat(rows.get(0).get("region")).isEqualTo(first.region()).endsWith(", Republic of");
        assertThat(rows.get(0).get("sector")).isEqualTo(first.sector()).endsWith(" \"basic\"");
        assertThat(rows).allSatisfy(row -> assertThat(row.fields()).hasSize(11));
        assertThat(unmet).allSatisfy(row -> assertThat(row.get("region")).endsWith(", Republic of"));
    }

    /** {@code table} with every region and sector name rewritten (the rewrites keep the names' order). */
    private static IoTable renamed(IoTable table, UnaryOperator<String> region, UnaryOperator<String> sector) {
        return new IoTable(
                table.industries().stream()
                        .map(i -> new Industry(region.apply(i.region()), sector.apply(i.sector())))
                        .toList(),
                table.finalDemandColumns().stream()
                        .map(c -> new FinalDemandColumn(region.apply(c.region()), c.category()))
                        .toList(),
                table.z(),
                table.y(),
                table.x(),
                table.units(),
                table.monetaryFactor(),
                table.capital());
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(Path::getFileName).sorted().toList();
        }
    }
}
