package org.lodestone.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lodestone.store.run.RunRecord;
import org.lodestone.store.run.RunStatus;

/**
 * A process writing runs is killed (SIGKILL) in the middle of writing one; the reopened store has
 * every run it reported committed, complete, and the run it was writing either complete or with no
 * series at all.
 */
class CrashRecoveryIT {

    @TempDir
    Path dir;

    static List<Arguments> engines() {
        return Engines.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void aKilledWriterLeavesNoHalfWrittenRun(String engine) throws Exception {
        String text = Engines.freshText(engine, dir);
        StoreUrl url = StoreUrl.parse(text);
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        CrashingWriter.class.getName(),
                        text)
                .redirectError(dir.resolve("writer.err").toFile())
                .start();
        List<String> committed = new ArrayList<>();
        String inFlight = null;
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("committed ")) {
                    committed.add(line.substring(10));
                } else if (line.startsWith("writing ") && committed.size() >= 3) {
                    inFlight = line.substring(8);
                    Thread.sleep(5);
                    child.destroyForcibly();
                    break;
                } else if (!line.startsWith("writing ")) {
                    throw new AssertionError("the writer said: " + line + "\n"
                            + java.nio.file.Files.readString(dir.resolve("writer.err")));
                }
            }
        } finally {
            child.destroyForcibly(); // also when the test fails before its planned kill
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS))
                .as("the writer was killed")
                .isTrue();
        assertThat(inFlight)
                .as(
                        "the writer was killed while writing a run; its stderr: %s",
                        java.nio.file.Files.readString(dir.resolve("writer.err")))
                .isNotNull();

        try (Store store = Store.open(url)) {
            for (String id : committed) {
                assertComplete(store, store.runs().get(id).orElseThrow());
            }
            RunRecord last = store.runs().get(inFlight).orElseThrow();
            if (last.status() == RunStatus.DONE) {
                assertComplete(store, last);
            } else {
                assertThat(last.status()).isEqualTo(RunStatus.RUNNING);
                assertThat(store.runs().series(inFlight, List.of()))
                        .as("series of the run being written")
                        .isEmpty();
            }
            for (RunRecord run : store.runs().list()) {
                if (run.status() != RunStatus.DONE) {
                    assertThat(store.runs().series(run.id(), List.of())).isEmpty();
                }
            }
            assertThat(store.runs().interruptUnfinished()).isLessThanOrEqualTo(1);
        }
    }

    private static void assertComplete(Store store, RunRecord run) {
        assertThat(run.status()).isEqualTo(RunStatus.DONE);
        assertThat(run.seriesCount()).isEqualTo(CrashingWriter.SERIES);
        Map<String, double[]> series = store.runs().series(run.id(), List.of());
        assertThat(series).hasSize(CrashingWriter.SERIES);
        assertThat(series.values()).allSatisfy(v -> assertThat(v).hasSize(CrashingWriter.STEPS));
    }
}
