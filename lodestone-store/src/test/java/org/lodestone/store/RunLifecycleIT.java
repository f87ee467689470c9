package org.lodestone.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lodestone.store.access.Principal;
import org.lodestone.store.access.Role;
import org.lodestone.store.audit.AuditLog;
import org.lodestone.store.library.Visibility;
import org.lodestone.store.run.RunRecord;
import org.lodestone.store.run.RunStatus;

/**
 * Issue 17, findings 5, 7 and 11 in the store: a run records its dataset, can be cancelled once,
 * and a run left by a stopped server gets its end time, its reason and an audit entry; the audit
 * log pages; the DuckDB file is its owner's only. On DuckDB and, when configured, PostgreSQL.
 */
class RunLifecycleIT {

    private static final Principal ANA = new Principal("ana", Role.ANALYST, Set.of());
    private static final Principal BOB = new Principal("bob", Role.ANALYST, Set.of("jp-team"));

    @TempDir
    Path dir;

    static List<Arguments> engines() {
        return Engines.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void aRunIsCancelledOnceAndKeepsWhoCancelledIt(String engine) {
        try (Store store = Store.open(Engines.fresh(engine, dir))) {
            RunRecord run = store.runs().start("ana", "ensemble", "store:s", 2, "store:a-ds@3");
            assertThat(run.datasetRef()).contains("store:a-ds@3");

            RunRecord cancelled = store.runs().cancel(run.id(), "root");

            assertThat(cancelled.status()).isEqualTo(RunStatus.CANCELLED);
            assertThat(cancelled.error()).contains("cancelled by root");
            assertThat(cancelled.finishedAt()).isPresent();
            assertThatThrownBy(() -> store.runs().cancel(run.id(), "ana"))
                    .isInstanceOf(Refused.class)
                    .hasMessageContaining("already ended (cancelled)");
            assertThatThrownBy(() -> store.runs().fail(run.id(), "late"))
                    .as("a job that ends after its cancel cannot overwrite it")
                    .isInstanceOf(Refused.class);
            assertThat(store.audit().latest(1).get(0))
                    .extracting(AuditLog.Entry::actor, AuditLog.Entry::action)
                    .containsExactly("root", "ensemble.cancel");
        }
    }

    /** Finding 11: an interrupted run used to keep no end time, no reason and no audit entry. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void anInterruptedRunGetsItsEndTimeReasonAndAuditEntry(String engine) {
        try (Store store = Store.open(Engines.fresh(engine, dir))) {
            RunRecord run = store.runs().start("bob", "run", "builtin:ree", 0, "builtin:ai-stack");

            assertThat(store.runs().interruptUnfinished()).isEqualTo(1);

            RunRecord after = store.runs().get(run.id()).orElseThrow();
            assertThat(after.status()).isEqualTo(RunStatus.INTERRUPTED);
            assertThat(after.finishedAt()).isPresent();
            assertThat(after.error()).get().asString().contains("the server stopped");
            assertThat(store.audit().latest(1).get(0).action()).isEqualTo("run.interrupt");
            assertThat(store.runs().interruptUnfinished()).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void readableLooksAtTheSharingOnly(String engine) {
        try (Store store = Store.open(Engines.fresh(engine, dir))) {
            store.datasets().create(ANA, "a-ds", Map.of("dataset.yaml", "x: 1\n"));

            assertThat(store.datasets().readable(ANA, "a-ds")).isTrue();
            assertThat(store.datasets().readable(BOB, "a-ds")).isFalse();
            assertThat(store.datasets().readable(ANA, "missing")).isFalse();
            store.datasets().share(ANA, "a-ds", Visibility.GROUP, Set.of(), Optional.of("jp-team"));
            assertThat(store.datasets().readable(BOB, "a-ds")).isTrue();
        }
    }

    /** Finding 11: {@code /api/audit} showed the latest 200 entries only; the log now pages by id. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void theAuditLogPagesBackwardsById(String engine) {
        try (Store store = Store.open(Engines.fresh(engine, dir))) {
            for (int i = 0; i < 5; i++) {
                store.audit().append("anonymous", "login.fail", "token", "attempt " + i);
            }
            List<AuditLog.Entry> first = store.audit().latest(2);
            List<AuditLog.Entry> second = store.audit().before(first.get(1).id(), 2);

            assertThat(first).extracting(AuditLog.Entry::detail).containsExactly("attempt 4", "attempt 3");
            assertThat(second).extracting(AuditLog.Entry::detail).containsExactly("attempt 2", "attempt 1");
        }
    }

    /** Finding 11: the DuckDB file holds token hashes and private datasets; it was readable by everyone. */
    @Test
    void theDuckDbFileIsReadableByItsOwnerOnly() throws Exception {
        Path file = dir.resolve("owner-only.duckdb");
        try (Store store = Store.open(StoreUrl.duckdb(file))) {
            assertThat(store.available()).isTrue();
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }
}
