package org.lodestone.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lodestone.app.run.RunSeries;
import org.lodestone.store.Store;
import org.lodestone.store.StoreUnavailable;
import org.lodestone.store.StoreUrl;
import org.lodestone.store.run.RunRecord;
import org.lodestone.store.run.RunStatus;

/**
 * Issue 17, findings 5 and 6: a store that fails when a run ends left it {@code running} and
 * killed the job thread; a job could not be cancelled; one user could fill the queue. One worker,
 * four waiting, two per user, two retries without pause; the store is a real DuckDB file whose
 * writes fail on demand.
 */
class JobsTest {

    private static final ScenarioCatalog.Resolved SCENARIO = new ScenarioCatalog.Resolved("builtin:x", 0, null, "");
    private static final RunSeries RESULT =
            new RunSeries("{\"ok\":true}", Map.of("compute:pax-silica", new double[] {1, 0.9}));

    @TempDir
    Path dir;

    private Store store;
    private Flaky ledger;
    private Jobs jobs;

    /** The store's runs, failing the next {@code finishes} finishes and {@code fails} fails. */
    private static final class Flaky implements RunLedger {
        final RunLedger real;
        final AtomicInteger finishes = new AtomicInteger();
        final AtomicInteger fails = new AtomicInteger();

        Flaky(RunLedger real) {
            this.real = real;
        }

        @Override
        public RunRecord start(String owner, String kind, String ref, int version, String datasetRef) {
            return real.start(owner, kind, ref, version, datasetRef);
        }

        @Override
        public void finish(String id, String summaryJson, Map<String, double[]> series) {
            if (finishes.getAndDecrement() > 0) {
                throw new StoreUnavailable("the store went away", null);
            }
            real.finish(id, summaryJson, series);
        }

        @Override
        public void fail(String id, String error) {
            if (fails.getAndDecrement() > 0) {
                throw new StoreUnavailable("the store went away", null);
            }
            real.fail(id, error);
        }

        @Override
        public RunRecord cancel(String id, String actor) {
            return real.cancel(id, actor);
        }

        @Override
        public Optional<RunRecord> get(String id) {
            return real.get(id);
        }
    }

    @BeforeEach
    void open() {
        store = Store.open(StoreUrl.duckdb(dir.resolve("jobs.duckdb")));
        ledger = new Flaky(RunLedger.of(store));
        jobs = new Jobs(ledger, new Jobs.Limits(1, 4, 2, List.of(Duration.ZERO, Duration.ZERO)), "test");
    }

    @AfterEach
    void close() {
        jobs.close();
        store.close();
    }

    @Test
    void aStoreThatFailsTwiceStillGetsTheResults() throws InterruptedException {
        ledger.finishes.set(2);

        RunRecord run = ended(jobs.start("ana", "run", SCENARIO, "builtin:ai-stack", 2, "steps", p -> RESULT));

        assertThat(run.status()).isEqualTo(RunStatus.DONE);
        assertThat(store.runs().series(run.id(), List.of())).containsOnlyKeys("compute:pax-silica");
    }

    @Test
    void aStoreThatKeepsFailingMarksTheRunFailedWithItsCause() throws InterruptedException {
        ledger.finishes.set(3);

        RunRecord run = ended(jobs.start("ana", "run", SCENARIO, "builtin:ai-stack", 2, "steps", p -> RESULT));

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.error()).get().asString().startsWith("the store did not take the results after 3 attempts");
    }

    @Test
    void theWorkerSurvivesAJobThatRunsOutOfMemoryAndAStoreThatTakesNothing() throws InterruptedException {
        RunRecord oom = ended(jobs.start("ana", "run", SCENARIO, "builtin:ai-stack", 2, "steps", p -> {
            throw new OutOfMemoryError("Java heap space");
        }));
        ledger.finishes.set(3);
        ledger.fails.set(3);
        RunRecord lost = jobs.start("ana", "run", SCENARIO, "builtin:ai-stack", 2, "steps", p -> RESULT);
        RunRecord next = ended(jobs.start("bob", "run", SCENARIO, "builtin:ai-stack", 2, "steps", p -> RESULT));

        assertThat(oom.status()).isEqualTo(RunStatus.FAILED);
        assertThat(oom.error())
                .get()
                .asString()
                .startsWith("the server ran out of memory")
                .doesNotContain("java.");
        assertThat(store.runs().get(lost.id()).orElseThrow().status())
                .as("nothing could be written; the next start marks it interrupted")
                .isEqualTo(RunStatus.RUNNING);
        assertThat(next.status()).as("the one worker took the next job").isEqualTo(RunStatus.DONE);
    }

    @Test
    void cancelStopsARunningJobAndDropsAWaitingOne() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        RunRecord running = jobs.start("ana", "ensemble", SCENARIO, "builtin:ai-stack", 1_000_000, "members", p -> {
            started.countDown();
            while (true) {
                p.run();
                Thread.onSpinWait();
            }
        });
        RunRecord waiting = jobs.start("bob", "run", SCENARIO, "builtin:ai-stack", 2, "steps", p -> RESULT);
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();

        jobs.cancel(waiting.id(), "bob");
        jobs.cancel(running.id(), "root");
        RunRecord after = ended(jobs.start("carl", "run", SCENARIO, "builtin:ai-stack", 2, "steps", p -> RESULT));

        assertThat(store.runs().get(running.id()).orElseThrow().error()).contains("cancelled by root");
        assertThat(store.runs().get(waiting.id()).orElseThrow().status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(after.status()).isEqualTo(RunStatus.DONE);
        assertThatThrownBy(() -> jobs.cancel(after.id(), "carl")).hasMessageContaining("already ended (done)");
    }

    @Test
    void oneUserHasAtMostTheirShareOfTheQueue() {
        CountDownLatch release = new CountDownLatch(1);
        Job.Work blocked = p -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return RESULT;
        };
        jobs.start("ana", "run", SCENARIO, "builtin:ai-stack", 2, "steps", blocked);
        jobs.start("ana", "run", SCENARIO, "builtin:ai-stack", 2, "steps", blocked);

        assertThatThrownBy(() -> jobs.start("ana", "run", SCENARIO, "builtin:ai-stack", 2, "steps", blocked))
                .isInstanceOf(Jobs.TooManyJobs.class)
                .hasMessageContaining("user 'ana' has 2 runs queued or running");
        jobs.start("bob", "run", SCENARIO, "builtin:ai-stack", 2, "steps", blocked);
        jobs.start("carl", "run", SCENARIO, "builtin:ai-stack", 2, "steps", blocked);
        jobs.start("dora", "run", SCENARIO, "builtin:ai-stack", 2, "steps", blocked);
        assertThatThrownBy(() -> jobs.start("eve", "run", SCENARIO, "builtin:ai-stack", 2, "steps", blocked))
                .hasMessageContaining("the run queue is full (5 runs queued or running)");
        release.countDown();
    }

    /** The run once its job has ended (polled; bounded so a hang fails instead of blocking the build). */
    private RunRecord ended(RunRecord run) throws InterruptedException {
        for (int i = 0; i < 3_000 && jobs.active() > 0; i++) {
            Thread.sleep(10);
        }
        assertThat(jobs.active()).as("every job ended").isZero();
        return store.runs().get(run.id()).orElseThrow();
    }
}
