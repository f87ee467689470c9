package org.lodestone.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lodestone.core.ensemble.EnsembleRunner;
import org.lodestone.core.ensemble.EnsembleSummary;
import org.lodestone.core.ensemble.MonteCarloDesign;
import org.lodestone.core.uncertainty.Uncertainty;
import org.lodestone.io.run.SummaryArchive;
import org.lodestone.io.scenario.ScenarioReader;

/**
 * The ensemble job on a Spark standalone cluster on this machine: a master and two one-core workers
 * started as child JVMs from the Spark jars the build resolved, and the driver started as a user
 * would without spark-submit ({@code java -cp lodestone-spark.jar:SPARK_JARS EnsembleJob --master
 * spark://...}), so it must ship its own jar. The job runs on both executors and its summary is the
 * local engine's, byte for byte.
 */
class StandaloneClusterIT {

    private static final Path TARGET = Path.of("target").toAbsolutePath();
    private static final String SCENARIO = "builtin:korea-hbm-outage";
    private static final int MEMBERS = 8;
    private static final Duration START = Duration.ofMinutes(2);

    @TempDir
    Path dir;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        for (int k = started.size() - 1; k >= 0; k--) {
            Process p = started.get(k);
            p.destroy();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    @Test
    void theJobRunsOnBothExecutorsAndWritesTheLocalEnginesSummary() throws Exception {
        Path jar = TARGET.resolve("lodestone-spark.jar");
        Path classpath = TARGET.resolve("spark-classpath.txt");
        assumeTrue(Files.isRegularFile(jar) && Files.isRegularFile(classpath), "the job jar is packaged");
        String sparkJars = Files.readString(classpath, StandardCharsets.UTF_8).trim();
        Path home = sparkHome(sparkJars);

        Process master = start(
                home,
                "master.log",
                sparkJars,
                "org.apache.spark.deploy.master.Master",
                "--host",
                "127.0.0.1",
                "--port",
                "0",
                "--webui-port",
                "0");
        String url = await(dir.resolve("master.log"), Pattern.compile("Starting Spark master at (spark://\\S+)"));
        assertThat(master.isAlive()).isTrue();
        for (int w = 1; w <= 2; w++) {
            start(
                    home,
                    "worker" + w + ".log",
                    sparkJars,
                    "org.apache.spark.deploy.worker.Worker",
                    "--host",
                    "127.0.0.1",
                    "--port",
                    "0",
                    "--webui-port",
                    "0",
                    "--cores",
                    "1",
                    "--memory",
                    "600m",
                    "--work-dir",
                    dir.resolve("work" + w).toString(),
                    url);
        }
        for (int w = 1; w <= 2; w++) {
            await(dir.resolve("worker" + w + ".log"), Pattern.compile("(Successfully registered with master)"));
        }

        Path summary = dir.resolve("cluster.bin");
        List<String> driver = new ArrayList<>(List.of(java()));
        driver.addAll(jvmOptions());
        driver.addAll(List.of(
                "-Xmx768m",
                "-Dspark.executor.memory=512m",
                "-Dspark.ui.enabled=false",
                "-cp",
                jar + File.pathSeparator + sparkJars,
                "org.lodestone.spark.EnsembleJob",
                SCENARIO,
                "--runs",
                String.valueOf(MEMBERS),
                "--seed",
                "11",
                "--date",
                "2026-06-01",
                "--partitions",
                "4",
                "--master",
                url,
                "--summary",
                summary.toString()));
        Process job = process(home, "driver.log", driver);
        assertThat(job.waitFor(5, TimeUnit.MINUTES)).as("the job finished").isTrue();
        assertThat(job.exitValue())
                .as(Files.readString(dir.resolve("driver.log")))
                .isZero();

        SummaryArchive archive = SummaryArchive.read(summary);
        assertThat(archive.header())
                .containsEntry("master", url)
                .containsEntry("executors", "2")
                .containsEntry("cores", "2")
                .containsEntry("date", "2026-06-01");
        for (int w = 1; w <= 2; w++) {
            assertThat(executorLogs(dir.resolve("work" + w)))
                    .as("worker " + w + " ran tasks")
                    .contains("Finished task");
        }
        EnsembleSummary local = local();
        assertThat(archive.summary()).isEqualTo(local);
        assertThat(bytes(archive.summary())).isEqualTo(bytes(local));
    }

    private static EnsembleSummary local() {
        Uncertainty u =
                ScenarioReader.read(Path.of(SCENARIO)).scenario().uncertainty().withSeed(11);
        MemberJob job = MemberJob.of(SCENARIO, Optional.empty(), LocalDate.of(2026, 6, 1), u.paths());
        MemberContext context = MemberContext.of(job);
        return EnsembleRunner.run(
                context.layout(), new MonteCarloDesign(u, MEMBERS), context.evaluator(), 0, MEMBERS, 2, k -> {});
    }

    private static byte[] bytes(EnsembleSummary summary) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ObjectOutputStream objects = new ObjectOutputStream(out)) {
            objects.writeObject(summary);
        }
        return out.toByteArray();
    }

    /** A Spark home for the workers: they start executors from {@code SPARK_HOME/jars}. */
    private Path sparkHome(String sparkJars) throws IOException {
        Path jars = Files.createDirectories(dir.resolve("spark-home").resolve("jars"));
        for (String entry : sparkJars.split(File.pathSeparator)) {
            Path source = Path.of(entry);
            Files.createSymbolicLink(jars.resolve(source.getFileName()), source);
        }
        return jars.getParent();
    }

    private Process start(Path home, String log, String classpath, String main, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(jvmOptions());
        command.addAll(List.of("-Xmx256m", "-cp", classpath, main));
        command.addAll(List.of(args));
        return process(home, log, command);
    }

    private Process process(Path home, String log, List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve(log).toFile());
        builder.environment().put("SPARK_HOME", home.toString());
        builder.environment().put("SPARK_SCALA_VERSION", "2.13");
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        Process p = builder.start();
        started.add(p);
        return p;
    }

    /** Waits for {@code pattern} in {@code log} and returns its first group. */
    private static String await(Path log, Pattern pattern) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(log)) {
                Matcher m = pattern.matcher(Files.readString(log, StandardCharsets.UTF_8));
                if (m.find()) {
                    return m.group(1);
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no '" + pattern + "' in " + log + " after " + START + ":\n"
                + (Files.exists(log) ? Files.readString(log) : "(no log)"));
    }

    private static String executorLogs(Path work) throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.walk(work)) {
            for (Path f : files.filter(p -> p.getFileName().toString().equals("stderr"))
                    .toList()) {
                text.append(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return text.toString();
    }

    /** The {@code --add-opens} options this JVM was given (spark.jvm.options in the pom): Spark needs them on Java 17. */
    private static List<String> jvmOptions() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens")
                        || a.startsWith("-XX:+IgnoreUnrecognized")
                        || a.startsWith("-Djdk.reflect"))
                .toList();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
