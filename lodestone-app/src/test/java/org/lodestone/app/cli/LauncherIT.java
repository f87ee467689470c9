package org.lodestone.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar and the {@code ./lodestone} launcher, run as a user would, in a separate process. */
class LauncherIT {

    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Path JAR = MODULE.resolve("target/lodestone.jar");
    private static final Path LAUNCHER = MODULE.getParent().resolve("lodestone");

    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {}

    private Run run(Path workingDir, List<String> command) throws IOException, InterruptedException {
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = new ProcessBuilder(command)
                .directory(workingDir.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("finished").isTrue();
        return new Run(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private Run jar(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return run(dir, command);
    }

    @Test
    void runnableJarValidatesTheBundledDataset() throws Exception {
        Run run = jar("validate", "builtin:ai-stack");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("): valid.");
    }

    @Test
    void badInputExitsTwoWithALocatedMessage() throws Exception {
        Path data = ExposureCommandTest.TinyDataset.write(dir);
        Files.writeString(
                data.resolve("production.csv"),
                "commodity,region,quantity,source,status,note\nore,CHN,lots,S1,observed,\n");

        Run run = jar("exposure", "--dataset", data.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(data.resolve("production.csv") + ":2:9: error: quantity 'lots' is not a number");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void launcherRunsFromAnyWorkingDirectory() throws Exception {
        Run run = run(dir, List.of(LAUNCHER.toString(), "--version"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("lodestone ");
    }
}
