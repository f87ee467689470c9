package org.lodestone.app.api;

import io.javalin.http.sse.SseClient;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.lodestone.app.run.RunSeries;

/**
 * One queued or running job: its work, how far it got, whether it was cancelled, and the
 * server-sent-event clients following it ({@code progress} about {@value #EVENTS} times, then one
 * {@code done} with the run's final status).
 */
final class Job {

    /** What a job computes, telling {@code progress} each time one more unit of its work is done (from any thread). */
    @FunctionalInterface
    interface Work {
        RunSeries run(Runnable progress) throws IOException;
    }

    /** Thrown from the progress callback of a cancelled job, which stops its work at the next step or member. */
    static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled(String id) {
            super("run " + id + " was cancelled");
        }
    }

    /** Progress events per run, at most. */
    static final int EVENTS = 50;

    final String id;
    final String owner;
    final int horizon;
    final String unit;
    final Work work;
    private final AtomicInteger step = new AtomicInteger();
    private final List<SseClient> clients = new CopyOnWriteArrayList<>();
    private volatile boolean cancelled;

    Job(String id, String owner, int horizon, String unit, Work work) {
        this.id = id;
        this.owner = owner;
        this.horizon = horizon;
        this.unit = unit;
        this.work = work;
    }

    /** Runs the work, publishing progress; a cancel stops it with {@link Cancelled} at its next unit. */
    RunSeries run() throws IOException {
        int every = Math.max(1, horizon / EVENTS);
        return work.run(() -> {
            if (cancelled) {
                throw new Cancelled(id);
            }
            if (step.incrementAndGet() % every == 0) {
                broadcast("progress", progress());
            }
        });
    }

    void cancel() {
        cancelled = true;
    }

    /** Follows this job: its position now, then its events. */
    void follow(SseClient client) {
        client.keepAlive();
        clients.add(client);
        client.onClose(() -> clients.remove(client));
        client.sendEvent("progress", progress());
    }

    /** Tells every client the final status and closes them. */
    void end(String status) {
        broadcast("done", done(id, status));
        clients.forEach(SseClient::close);
    }

    String progress() {
        return Json.write(Json.MAPPER
                .createObjectNode()
                .put("run", id)
                .put("step", step.get())
                .put("horizon", horizon)
                .put("unit", unit));
    }

    static String done(String run, String status) {
        return Json.write(Json.MAPPER.createObjectNode().put("run", run).put("status", status));
    }

    private void broadcast(String event, String data) {
        for (SseClient client : clients) {
            if (!client.terminated()) {
                client.sendEvent(event, data);
            }
        }
    }
}
