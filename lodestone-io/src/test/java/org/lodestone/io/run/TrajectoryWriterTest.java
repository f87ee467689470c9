package org.lodestone.io.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lodestone.core.ario.ArioModel;
import org.lodestone.core.ario.ArioParameters;
import org.lodestone.core.ario.ArioRun;
import org.lodestone.core.ario.StepListener;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.SyntheticMrio;
import org.lodestone.core.shock.Event;
import org.lodestone.core.shock.RecoveryCurve;

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

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(Path::getFileName).sorted().toList();
        }
    }
}
