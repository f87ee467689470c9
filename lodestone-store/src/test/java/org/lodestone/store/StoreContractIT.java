package org.lodestone.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lodestone.store.access.Principal;
import org.lodestone.store.access.Role;
import org.lodestone.store.audit.AuditLog;
import org.lodestone.store.library.Library;
import org.lodestone.store.library.Stored;
import org.lodestone.store.library.Visibility;
import org.lodestone.store.migration.Migrator;
import org.lodestone.store.run.RunRecord;
import org.lodestone.store.run.RunStatus;

/** The store's behaviour, the same on DuckDB and PostgreSQL. */
class StoreContractIT {

    private static final Principal ANA = new Principal("ana", Role.ANALYST, Set.of("nl-team"));
    private static final Principal BOB = new Principal("bob", Role.ANALYST, Set.of("jp-team"));
    private static final Principal CARL = new Principal("carl", Role.VIEWER, Set.of("nl-team"));
    private static final Principal ROOT = new Principal("root", Role.ADMIN, Set.of());

    @TempDir
    Path dir;

    static List<org.junit.jupiter.params.provider.Arguments> engines() {
        return Engines.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void migrationsApplyOnceAndSurviveReopening(String engine) {
        StoreUrl url = Engines.fresh(engine, dir);
        try (Store store = Store.open(url)) {
            int versions =
                    store.inTransaction(c -> Jdbc.first(c, "SELECT COUNT(*) FROM schema_version", r -> r.getInt(1))
                            .orElseThrow());
            assertThat(versions).isEqualTo(Migrator.migrations().size());
            store.scenarios().create(ANA, "kept", Map.of("scenario.yaml", "lodestone: 1\n"));
        }
        try (Store store = Store.open(url)) {
            List<Integer> applied = store.inTransaction(c -> Migrator.migrate(c, url.kind()));
            assertThat(applied).isEmpty();
            assertThat(store.scenarios().get(ANA, "kept", OptionalInt.empty()).files())
                    .containsEntry("scenario.yaml", "lodestone: 1\n");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void tokensAreStoredOnlyAsHashes(String engine) {
        try (Store store = Store.open(Engines.fresh(engine, dir))) {
            String token = store.tokens().create("cli", "root", Role.ADMIN, "bootstrap");
            assertThat(token).startsWith("lst_").hasSizeGreaterThan(40);
            assertThat(store.tokens().authenticate(token))
                    .get()
                    .extracting(Principal::role)
                    .isEqualTo(Role.ADMIN);
            assertThat(store.tokens().authenticate(token + "x")).isEmpty();
            assertThat(store.tokens().authenticate("Bearer " + token)).isEmpty();
            List<String> stored =
                    store.inTransaction(c -> Jdbc.list(c, "SELECT token_hash FROM api_tokens", r -> r.getString(1)));
            assertThat(stored).hasSize(1).noneMatch(h -> h.contains(token.substring(4, 20)));
            assertThat(store.audit().latest(10))
                    .extracting(AuditLog.Entry::action)
                    .contains("token.create", "user.create");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void scenariosAreVersionedAndPrivateUntilShared(String engine) {
        try (Store store = Store.open(Engines.fresh(engine, dir))) {
            Library scenarios = store.scenarios();
            scenarios.create(ANA, "ree", Map.of("scenario.yaml", "v1"));
            Stored v2 = scenarios.update(ANA, "ree", Map.of("scenario.yaml", "v2"));
            assertThat(v2.version()).isEqualTo(2);
            assertThat(scenarios.get(ANA, "ree", OptionalInt.of(1)).files()).containsEntry("scenario.yaml", "v1");
            assertThat(scenarios.get(ANA, "ree", OptionalInt.empty()).files()).containsEntry("scenario.yaml", "v2");

            assertRefused(
                    () -> scenarios.get(BOB, "ree", OptionalInt.empty()),
                    Refused.Reason.FORBIDDEN,
                    "not shared with user 'bob'");
            assertThat(scenarios.list(BOB)).isEmpty();
            assertThat(scenarios.get(ROOT, "ree", OptionalInt.empty()).version())
                    .isEqualTo(2);

            scenarios.share(ANA, "ree", Visibility.USERS, Set.of("bob"), Optional.empty());
            assertThat(scenarios.get(BOB, "ree", OptionalInt.empty()).version()).isEqualTo(2);
            assertRefused(() -> scenarios.get(CARL, "ree", OptionalInt.empty()), Refused.Reason.FORBIDDEN, "carl");
            assertRefused(
                    () -> scenarios.update(BOB, "ree", Map.of("scenario.yaml", "x")),
                    Refused.Reason.FORBIDDEN,
                    "belongs to 'ana'");

            scenarios.share(ANA, "ree", Visibility.GROUP, Set.of(), Optional.of("nl-team"));
            assertThat(scenarios.list(CARL)).extracting(Stored::id).containsExactly("ree");
            assertRefused(() -> scenarios.get(BOB, "ree", OptionalInt.empty()), Refused.Reason.FORBIDDEN, "bob");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void refusalsNameWhatIsWrong(String engine) {
        try (Store store = Store.open(Engines.fresh(engine, dir))) {
            store.datasets().create(ANA, "mine", Map.of("dataset.yaml", "a"));
            assertRefused(
                    () -> store.datasets().create(BOB, "mine", Map.of()),
                    Refused.Reason.CONFLICT,
                    "dataset 'mine' already exists");
            assertRefused(
                    () -> store.datasets().get(ANA, "nope", OptionalInt.empty()),
                    Refused.Reason.NOT_FOUND,
                    "dataset 'nope'");
            assertRefused(
                    () -> store.datasets().create(CARL, "x", Map.of()),
                    Refused.Reason.FORBIDDEN,
                    "needs the analyst or admin role");
            assertThatThrownBy(() -> store.datasets().create(ANA, "Bad Id", Map.of()))
                    .hasMessageContaining("id 'Bad Id' is not allowed");
            assertThat(store.datasets().list(ANA)).extracting(Stored::id).containsExactly("mine");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void aRunsResultsArriveTogetherOrNotAtAll(String engine) {
        try (Store store = Store.open(Engines.fresh(engine, dir))) {
            RunRecord run = store.runs().start("ana", "run", "builtin:ree", 0, "builtin:ai-stack");
            assertThat(run.status()).isEqualTo(RunStatus.RUNNING);
            double[] compute = {1.0, 0.97, 0.9, 0.95};
            store.runs()
                    .finish(
                            run.id(),
                            "{\"ok\":true}",
                            Map.of("compute:pax-silica", compute, "compute:USA", new double[] {1, 1, 1, 1}));
            RunRecord done = store.runs().get(run.id()).orElseThrow();
            assertThat(done.status()).isEqualTo(RunStatus.DONE);
            assertThat(done.seriesCount()).isEqualTo(2);
            assertThat(done.summary()).contains("{\"ok\":true}");
            assertThat(store.runs().series(run.id(), List.of("compute:pax-silica")))
                    .containsOnlyKeys("compute:pax-silica");
            assertThat(store.runs().series(run.id(), List.of()).get("compute:pax-silica"))
                    .containsExactly(compute);
            assertRefused(
                    () -> store.runs().finish(run.id(), "{}", Map.of()),
                    Refused.Reason.CONFLICT,
                    "already ended (done)");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void aFailedWriteRollsBackEverySeries(String engine) {
        try (Store store = Store.open(Engines.fresh(engine, dir))) {
            RunRecord run = store.runs().start("ana", "run", "builtin:ree", 0, "builtin:ai-stack");
            store.inTransaction(c -> Jdbc.update(
                    c,
                    "INSERT INTO run_series (run_id, name, steps, step_values) VALUES (?, 'b', 0, ?)",
                    run.id(),
                    new byte[0]));
            Map<String, double[]> clashing =
                    new java.util.TreeMap<>(Map.of("a", new double[] {1}, "b", new double[] {2}));
            assertThatThrownBy(() -> store.runs().finish(run.id(), "{}", clashing))
                    .isInstanceOf(StoreException.class);
            assertThat(store.runs().get(run.id()).orElseThrow().status()).isEqualTo(RunStatus.RUNNING);
            assertThat(store.runs().series(run.id(), List.of())).containsOnlyKeys("b");
            assertThat(store.runs().interruptUnfinished()).isEqualTo(1);
            assertThat(store.runs().get(run.id()).orElseThrow().status()).isEqualTo(RunStatus.INTERRUPTED);
        }
    }

    private static void assertRefused(Runnable action, Refused.Reason reason, String text) {
        assertThatThrownBy(action::run)
                .isInstanceOf(Refused.class)
                .hasMessageContaining(text)
                .satisfies(e -> assertThat(((Refused) e).reason()).isEqualTo(reason));
    }
}
