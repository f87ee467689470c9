package org.lodestone.store.run;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.lodestone.store.Jdbc;
import org.lodestone.store.Refused;
import org.lodestone.store.Store;
import org.lodestone.store.audit.AuditLog;

/**
 * Runs and ensembles. {@link #start} commits the run row; {@link #finish} writes the summary, every
 * series and the status {@code done} in one transaction, so a crash in between leaves a run that is
 * not done and has no series, never a partial result.
 */
public final class Runs {

    private static final String COLUMNS =
            "id, kind, scenario_ref, scenario_version, owner, status, created_at, finished_at, summary, error, "
                    + "series_count, dataset_ref";

    private final Store store;

    public Runs(Store store) {
        this.store = store;
    }

    /**
     * Records a new run as running; returns it.
     *
     * @param datasetRef the dataset its scenario names ({@code builtin:NAME} or {@code store:ID[@V]})
     */
    public RunRecord start(String owner, String kind, String scenarioRef, int scenarioVersion, String datasetRef) {
        String id = UUID.randomUUID().toString();
        Instant now = store.clock().instant();
        store.inTransaction(c -> {
            Jdbc.update(
                    c,
                    "INSERT INTO runs (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL, 0, ?)",
                    id,
                    kind,
                    scenarioRef,
                    scenarioVersion,
                    owner,
                    RunStatus.RUNNING.key(),
                    now,
                    datasetRef);
            AuditLog.record(
                    c,
                    now,
                    owner,
                    kind + ".start",
                    kind + ":" + id,
                    scenarioRef + (scenarioVersion > 0 ? "/" + scenarioVersion : ""));
            return null;
        });
        return get(id).orElseThrow();
    }

    /**
     * Stores the results of a run and marks it done, all in one transaction.
     *
     * @throws Refused NOT_FOUND for an unknown id, CONFLICT if the run already ended
     */
    public void finish(String id, String summaryJson, Map<String, double[]> series) {
        store.inTransaction(c -> {
            RunRecord run = running(c, id);
            for (Map.Entry<String, double[]> s : series.entrySet()) {
                Jdbc.update(
                        c,
                        "INSERT INTO run_series (run_id, name, steps, step_values) VALUES (?, ?, ?, ?)",
                        id,
                        s.getKey(),
                        s.getValue().length,
                        SeriesCodec.encode(s.getValue()));
            }
            Instant now = store.clock().instant();
            Jdbc.update(
                    c,
                    "UPDATE runs SET status = ?, finished_at = ?, summary = ?, series_count = ? WHERE id = ?",
                    RunStatus.DONE.key(),
                    now,
                    summaryJson,
                    series.size(),
                    id);
            AuditLog.record(
                    c, now, run.owner(), run.kind() + ".finish", run.kind() + ":" + id, series.size() + " series");
            return null;
        });
    }

    /**
     * Marks a running run failed with its reason.
     *
     * @throws Refused NOT_FOUND for an unknown id, CONFLICT if the run already ended (e.g. was cancelled)
     */
    public void fail(String id, String error) {
        end(id, RunStatus.FAILED, null, error);
    }

    /**
     * Stops a run at the request of {@code actor} (its owner or an admin; the caller checks who may).
     *
     * @throws Refused NOT_FOUND for an unknown id, CONFLICT if the run already ended
     */
    public RunRecord cancel(String id, String actor) {
        end(id, RunStatus.CANCELLED, actor, "cancelled by " + actor);
        return get(id).orElseThrow();
    }

    private void end(String id, RunStatus status, String actor, String error) {
        store.inTransaction(c -> {
            RunRecord run = running(c, id);
            Instant now = store.clock().instant();
            Jdbc.update(
                    c,
                    "UPDATE runs SET status = ?, finished_at = ?, error = ? WHERE id = ?",
                    status.key(),
                    now,
                    error,
                    id);
            String action = status == RunStatus.FAILED ? ".fail" : ".cancel";
            AuditLog.record(
                    c, now, actor == null ? run.owner() : actor, run.kind() + action, run.kind() + ":" + id, error);
            return null;
        });
    }

    /**
     * Marks runs left queued or running by a previous process as interrupted, with the time and
     * the reason, and an audit entry each; returns how many.
     */
    public int interruptUnfinished() {
        return store.inTransaction(c -> {
            List<RunRecord> left = Jdbc.list(
                    c,
                    "SELECT " + COLUMNS + " FROM runs WHERE status IN (?, ?)",
                    Runs::map,
                    RunStatus.QUEUED.key(),
                    RunStatus.RUNNING.key());
            Instant now = store.clock().instant();
            String error = "interrupted: the server stopped before the run ended";
            for (RunRecord run : left) {
                Jdbc.update(
                        c,
                        "UPDATE runs SET status = ?, finished_at = ?, error = ? WHERE id = ?",
                        RunStatus.INTERRUPTED.key(),
                        now,
                        error,
                        run.id());
                AuditLog.record(c, now, run.owner(), run.kind() + ".interrupt", run.kind() + ":" + run.id(), error);
            }
            return left.size();
        });
    }

    public Optional<RunRecord> get(String id) {
        return store.inTransaction(c -> get(c, id));
    }

    /** Every run, newest first. */
    public List<RunRecord> list() {
        return store.inTransaction(
                c -> Jdbc.list(c, "SELECT " + COLUMNS + " FROM runs ORDER BY created_at DESC, id", Runs::map));
    }

    /** The stored series of a run by name, in name order; empty names means all. */
    public Map<String, double[]> series(String id, List<String> names) {
        return store.inTransaction(c -> {
            Map<String, double[]> out = new LinkedHashMap<>();
            Jdbc.list(
                    c,
                    "SELECT name, step_values FROM run_series WHERE run_id = ? ORDER BY name",
                    r -> {
                        String name = r.getString(1);
                        if (names.isEmpty() || names.contains(name)) {
                            out.put(name, SeriesCodec.decode(r.getBytes(2)));
                        }
                        return null;
                    },
                    id);
            return out;
        });
    }

    private RunRecord running(Connection c, String id) throws SQLException {
        RunRecord run = get(c, id).orElseThrow(() -> Refused.notFound("run '" + id + "'"));
        if (run.status().isFinal()) {
            throw new Refused(
                    Refused.Reason.CONFLICT,
                    "run '" + id + "' already ended (" + run.status().key() + ")");
        }
        return run;
    }

    private static Optional<RunRecord> get(Connection c, String id) throws SQLException {
        return Jdbc.first(c, "SELECT " + COLUMNS + " FROM runs WHERE id = ?", Runs::map, id);
    }

    private static RunRecord map(ResultSet r) throws SQLException {
        return new RunRecord(
                r.getString("id"),
                r.getString("kind"),
                r.getString("scenario_ref"),
                r.getInt("scenario_version"),
                Optional.ofNullable(r.getString("dataset_ref")),
                r.getString("owner"),
                RunStatus.parse(r.getString("status")),
                Jdbc.instant(r, "created_at"),
                Optional.ofNullable(Jdbc.instant(r, "finished_at")),
                Optional.ofNullable(r.getString("summary")),
                Optional.ofNullable(r.getString("error")),
                r.getInt("series_count"));
    }
}
