package org.lodestone.app.api;

import io.javalin.http.sse.SseClient;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.lodestone.app.run.RunSeries;
import org.lodestone.io.problem.InputException;
import org.lodestone.io.problem.Problem;
import org.lodestone.store.Store;
import org.lodestone.store.run.RunRecord;
import org.lodestone.store.run.RunStatus;

/**
 * Runs scenarios in the background: at most {@code concurrency} at once and {@code queue} more
 * waiting; beyond that a start is refused (429). Each running job publishes {@code progress}
 * events ({@code step} of {@code horizon} in {@code unit}s: the steps of a run, the members of an
 * ensemble) and a final {@code done} event to its server-sent-event subscribers.
 */
final class Jobs implements AutoCloseable {

    /** Progress events per run, at most. */
    private static final int EVENTS = 50;

    /** A running job's position and who is listening. */
    private static final class Live {
        final int horizon;
        final String unit;
        final AtomicInteger step = new AtomicInteger();
        final List<SseClient> clients = new CopyOnWriteArrayList<>();

        Live(int horizon, String unit) {
            this.horizon = horizon;
            this.unit = unit;
        }
    }

    /** What a job computes, telling {@code progress} each time one more unit of its work is done (from any thread). */
    @FunctionalInterface
    interface Work {
        RunSeries run(Runnable progress) throws IOException;
    }

    private final Store store;
    private final String version;
    private final ExecutorService workers;
    private final Semaphore slots;
    private final Map<String, Live> live = new ConcurrentHashMap<>();

    Jobs(Store store, int concurrency, int queue, String version) {
        this.store = store;
        this.version = version;
        this.workers = Executors.newFixedThreadPool(concurrency, r -> {
            Thread t = new Thread(r, "lodestone-job");
            t.setDaemon(true);
            return t;
        });
        this.slots = new Semaphore(concurrency + queue);
    }

    /**
     * Records the run and queues it.
     *
     * @throws TooManyJobs when the queue is full
     */
    RunRecord start(String owner, String kind, ScenarioCatalog.Resolved scenario, int total, String unit, Work work) {
        if (!slots.tryAcquire()) {
            throw new TooManyJobs();
        }
        try {
            RunRecord run = store.runs().start(owner, kind, scenario.ref(), scenario.version());
            Live state = new Live(total, unit);
            live.put(run.id(), state);
            workers.execute(() -> execute(run.id(), state, work));
            return run;
        } catch (RuntimeException e) {
            slots.release();
            throw e;
        }
    }

    private void execute(String id, Live state, Work work) {
        int every = Math.max(1, state.horizon / EVENTS);
        try {
            RunSeries output = work.run(() -> {
                if (state.step.incrementAndGet() % every == 0) {
                    broadcast(state, "progress", progress(id, state));
                }
            });
            store.runs().finish(id, output.summaryJson(), output.series());
        } catch (IOException e) {
            store.runs().fail(id, "cannot write the results: " + e.getMessage());
        } catch (InputException e) {
            store.runs()
                    .fail(
                            id,
                            String.join(
                                    "\n",
                                    e.problems().stream().map(Problem::format).toList()));
        } catch (RuntimeException e) {
            store.runs().fail(id, "internal error: " + e);
        } finally {
            live.remove(id);
            slots.release();
            String status = store.runs().get(id).map(r -> r.status().key()).orElse(RunStatus.FAILED.key());
            broadcast(state, "done", done(id, status));
            state.clients.forEach(SseClient::close);
        }
    }

    /** Sends this run's events to {@code client}; closes it at once if the run already ended. */
    void subscribe(RunRecord run, SseClient client) {
        Live state = live.get(run.id());
        if (state != null) {
            client.keepAlive();
            state.clients.add(client);
            client.onClose(() -> state.clients.remove(client));
            client.sendEvent("progress", progress(run.id(), state));
        }
        RunRecord now = store.runs().get(run.id()).orElse(run);
        if (state == null || now.status().isFinal()) {
            client.sendEvent("done", done(run.id(), now.status().key()));
            client.close();
        }
    }

    /** Lodestone's version, recorded in results. */
    String version() {
        return version;
    }

    /** Runs queued or running now. */
    int active() {
        return live.size();
    }

    private static String progress(String run, Live state) {
        return Json.write(Json.MAPPER
                .createObjectNode()
                .put("run", run)
                .put("step", state.step.get())
                .put("horizon", state.horizon)
                .put("unit", state.unit));
    }

    private static String done(String run, String status) {
        return Json.write(Json.MAPPER.createObjectNode().put("run", run).put("status", status));
    }

    private static void broadcast(Live state, String event, String data) {
        for (SseClient client : state.clients) {
            if (!client.terminated()) {
                client.sendEvent(event, data);
            }
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
        try {
            workers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The job queue is full. */
    static final class TooManyJobs extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooManyJobs() {
            super("too many runs are queued; try again when one has finished");
        }
    }
}
