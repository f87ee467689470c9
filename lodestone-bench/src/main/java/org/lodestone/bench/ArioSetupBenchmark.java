package org.lodestone.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.lodestone.core.ario.ArioModel;
import org.lodestone.core.ario.ArioParameters;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.SyntheticMrio;
import org.lodestone.io.mrio.MrioFolderReader;
import org.lodestone.io.mrio.MrioFolderWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Setup time at 98 × 100 (9,800 industries): reading the MRIO folder ({@code load}), precomputing
 * the model from a table in memory ({@code initialise}), and both as a user pays them
 * ({@code loadAndInitialise}). The folder is generated (seed 42) and written to a temporary
 * directory once per trial, outside the timing, and deleted afterwards. Single shot: setup happens
 * once per run, so a cold-ish start is the honest measure.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class ArioSetupBenchmark {

    private static final long SEED = 42;

    @Param({"98"})
    int regions;

    @Param({"100"})
    int sectors;

    private Path folder;
    private IoTable table;

    /** Writes the folder; for {@code initialise}, also reads it into the table the model is built from. */
    @Setup(Level.Trial)
    public void writeFolder(BenchmarkParams params) throws IOException {
        folder = Files.createTempDirectory("lodestone-bench-mrio-");
        MrioFolderWriter.write(SyntheticMrio.generate(regions, sectors, SEED), folder);
        table = params.getBenchmark().endsWith(".initialise") ? MrioFolderReader.read(folder) : null;
    }

    @TearDown(Level.Trial)
    public void deleteFolder() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Benchmark
    public IoTable load() {
        return MrioFolderReader.read(folder);
    }

    @Benchmark
    public ArioModel initialise() {
        return ArioModel.of(table, ArioParameters.defaults());
    }

    @Benchmark
    public ArioModel loadAndInitialise() {
        return ArioModel.of(MrioFolderReader.read(folder), ArioParameters.defaults());
    }
}
