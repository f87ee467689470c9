package org.lodestone.app.ensemble;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lodestone.io.problem.InputException;
import org.lodestone.io.problem.Problem;
import org.lodestone.io.reverse.RecordedRuns;
import org.lodestone.io.run.OutputFolder;
import org.lodestone.io.run.SummaryArchive;

/**
 * {@code --engine spark}: runs an ensemble's (or a sensitivity design's) members, or a reverse
 * stress test's search, on Spark in local mode, in a child JVM whose class path is the Spark job jar
 * and the Spark jars the build resolved ({@code lodestone-spark/target/lodestone-spark.jar} and
 * {@code spark-classpath.txt}), so that the plain CLI carries no Spark. The child writes the merged
 * summary (or the search's runs) to a file that this process reads back. The Spark module is found beside the application's jar, or at {@code LODESTONE_SPARK_DIR}.
 */
public final class SparkEngine {

    /** What spark-submit adds on Java 17+; a plain JVM running Spark needs it too. */
    static final List<String> JVM_OPTIONS = List.of(
            "-XX:+IgnoreUnrecognizedVMOptions",
            "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
            "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.net=ALL-UNNAMED",
            "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
            "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
            "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
            "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
            "-Djdk.reflect.useDirectMethodHandle=false");

    /** The child JVM's heap unless {@code LODESTONE_SPARK_HEAP} says otherwise: spark.driver.memory's value in docs/spark.md. */
    static final String DEFAULT_HEAP = "2g";

    private SparkEngine() {}

    /**
     * The child JVM's {@code -Xmx}: {@code heap} (the value of {@code LODESTONE_SPARK_HEAP}, a JVM
     * size such as {@code 4g} or {@code 1536m}), else {@link #DEFAULT_HEAP}. Without it the child
     * would take the JVM's default, a quarter of the machine's memory, which differs from machine to
     * machine; in local mode the members' summaries are merged in this heap (a 40-member summary of a
     * one-year scenario measured 32 MB, and {@code local[2]} ran out of memory with 512 MB).
     *
     * @throws InputException for a value that is not a JVM size
     */
    static String heapOption(Optional<String> heap) {
        String value = heap.map(String::strip).filter(h -> !h.isEmpty()).orElse(DEFAULT_HEAP);
        if (!value.matches("[1-9][0-9]*[kKmMgG]")) {
            throw InputException.of(new Problem(
                    Problem.Severity.ERROR,
                    "LODESTONE_SPARK_HEAP",
                    0,
                    0,
                    "LODESTONE_SPARK_HEAP",
                    value,
                    "is not a heap size for the Spark JVM",
                    "a whole number with k, m or g, e.g. 4g or 1536m",
                    ""));
        }
        return "-Xmx" + value;
    }

    /**
     * Runs the members on Spark {@code local[threads]}.
     *
     * @throws InputException if the Spark module has not been built, or the job refuses the input
     * @throws IOException    if the child cannot be started or its summary read
     */
    static SummaryArchive run(EnsembleRequest request, long runs, long seed) throws IOException {
        List<String> args = new ArrayList<>(List.of(
                "--runs",
                String.valueOf(runs),
                "--seed",
                String.valueOf(seed),
                "--date",
                request.date().toString()));
        request.coalition().ifPresent(c -> args.addAll(List.of("--coalition", c)));
        return run(request.scenario(), args, request.threads());
    }

    /**
     * Runs {@code EnsembleJob SCENARIO ARGS} on Spark {@code local[threads]} and reads the summary it writes.
     *
     * @param args the job's options other than {@code --master} and {@code --summary}
     */
    public static SummaryArchive run(String scenario, List<String> args, int threads) throws IOException {
        return launch(
                "org.lodestone.spark.EnsembleJob",
                scenario,
                args,
                threads,
                "--summary",
                "summary.bin",
                SummaryArchive::read);
    }

    /**
     * Runs {@code ReverseJob SCENARIO ARGS} (one Spark session for the whole search) on Spark
     * {@code local[threads]} and reads the runs it writes.
     *
     * @param args the job's options other than {@code --master} and {@code --evaluations}
     */
    public static RecordedRuns reverse(String scenario, List<String> args, int threads) throws IOException {
        return launch(
                "org.lodestone.spark.ReverseJob",
                scenario,
                args,
                threads,
                "--evaluations",
                "runs.csv",
                RecordedRuns::read);
    }

    /** Reads what a job wrote. */
    @FunctionalInterface
    private interface ResultReader<T> {
        T read(Path file) throws IOException;
    }

    /**
     * Starts the job in a child JVM, waits for it and reads the file it was asked to write with
     * {@code output}. The job's working folder is removed once read; a failed job's is kept, for
     * its log.
     */
    private static <T> T launch(
            String job,
            String scenario,
            List<String> args,
            int threads,
            String output,
            String name,
            ResultReader<T> reader)
            throws IOException {
        Path folder = folder();
        Path jar = folder.resolve("lodestone-spark.jar");
        Path classpath = folder.resolve("spark-classpath.txt");
        if (!Files.isRegularFile(jar) || !Files.isRegularFile(classpath)) {
            throw InputException.of(new Problem(
                    Problem.Severity.ERROR,
                    "--engine",
                    0,
                    0,
                    "engine",
                    "spark",
                    "needs the Spark module, which is not built in " + folder,
                    "lodestone-spark.jar and spark-classpath.txt there",
                    "Build it with ./mvnw -q -DskipTests -pl lodestone-spark -am package, or set LODESTONE_SPARK_DIR"));
        }
        Path work = Files.createTempDirectory("lodestone-spark");
        Path result = work.resolve(name);
        Path log = work.resolve("spark.log");
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(JVM_OPTIONS);
        command.add(heapOption(Optional.ofNullable(System.getenv("LODESTONE_SPARK_HEAP"))));
        command.addAll(List.of(
                "-cp",
                jar
                        + File.pathSeparator
                        + Files.readString(classpath, StandardCharsets.UTF_8).trim(),
                job,
                scenario,
                "--master",
                "local[" + threads + "]",
                output,
                result.toString()));
        command.addAll(args);
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putIfAbsent("SPARK_LOCAL_IP", "127.0.0.1");
        try {
            int exit = builder.start().waitFor();
            if (exit != 0 || !Files.isRegularFile(result)) {
                List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                throw new IllegalStateException("the Spark job failed (exit " + exit + "); the end of its log " + log
                        + ":\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size())));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the Spark job ran", e);
        }
        T read = reader.read(result);
        OutputFolder.deleteTree(work);
        return read;
    }

    /** {@code LODESTONE_SPARK_DIR}, else {@code lodestone-spark/target} beside the module this class was loaded from. */
    private static Path folder() {
        Optional<String> env = Optional.ofNullable(System.getenv("LODESTONE_SPARK_DIR"));
        if (env.isPresent()) {
            return Path.of(env.get());
        }
        try {
            Path code = Path.of(SparkEngine.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            Path module = code.getParent().getParent();
            return module.resolveSibling("lodestone-spark").resolve("target");
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the application's jar", e);
        }
    }
}
