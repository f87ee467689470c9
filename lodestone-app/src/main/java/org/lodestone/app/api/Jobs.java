package org.lodestone.app.api;

import io.javalin.http.sse.SseClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.lodestone.app.run.RunSeries;
import org.lodestone.store.run.RunRecord;
import org.lodestone.store.run.RunStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs scenarios and ensembles in the background: {@code concurrency} at once, {@code queue} more
 * waiting, and at most {@code perUser} queued or running for one user; beyond either a start is
 * refused (429). Waiting jobs are served in turn by owner ({@link FairQueue}). A job can be
 * cancelled while it waits or runs. How a job ended is stored by {@link Outcomes}; a worker
 * survives whatever its job throws.
 */
final class Jobs implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Jobs.class);

    /**
     * @param concurrency jobs executing at once
     * @param queue       jobs waiting beyond those
     * @param perUser     jobs one user may have queued or running
     * @param retries     the pauses before each new attempt to store a job's end
     */
    record Limits(int concurrency, int queue, int perUser, List<Duration> retries) {

        /** Retries after 0.5, 2 and 8 s: a store restart of up to ~10 s loses no result. */
        static final List<Duration> RETRIES =
                List.of(Duration.ofMillis(500), Duration.ofSeconds(2), Duration.ofSeconds(8));

        Limits {
            retries = List.copyOf(retries);
        }
    }

    private final RunLedger ledger;
    private final Limits limits;
    private final String version;
    private final Outcomes outcomes;
    private final FairQueue<Job> waiting = new FairQueue<>();
    private final Map<String, Job> live = new ConcurrentHashMap<>();
    private final List<Thread> workers = new ArrayList<>();

    Jobs(RunLedger ledger, Limits limits, String version) {
        this.ledger = ledger;
        this.limits = limits;
        this.version = version;
        this.outcomes = new Outcomes(ledger, limits.retries());
        for (int i = 0; i < limits.concurrency(); i++) {
            Thread t = new Thread(this::serve, "lodestone-job-" + i);
            t.setDaemon(true);
            t.start();
            workers.add(t);
        }
    }

    /**
     * Records the run and queues it.
     *
     * @throws TooManyJobs when the queue is full or the owner has {@code perUser} jobs already
     */
    synchronized RunRecord start(
            String owner,
            String kind,
            ScenarioCatalog.Resolved scenario,
            String dataset,
            int total,
            String unit,
            Job.Work work) {
        if (live.size() >= limits.concurrency() + limits.queue()) {
            throw new TooManyJobs("the run queue is full (" + live.size()
                    + " runs queued or running); try again when one has finished");
        }
        long mine = live.values().stream().filter(j -> j.owner.equals(owner)).count();
        if (mine >= limits.perUser()) {
            throw new TooManyJobs("user '" + owner + "' has " + mine
                    + " runs queued or running, the most one user may have; try again when one has finished,"
                    + " or cancel one (POST /api/runs/{id}/cancel)");
        }
        RunRecord run = ledger.start(owner, kind, scenario.ref(), scenario.version(), dataset);
        Job job = new Job(run.id(), owner, total, unit, work);
        live.put(run.id(), job);
        waiting.add(owner, job);
        return run;
    }

    /**
     * Cancels a run: recorded at once; a waiting job is dropped, a running one stops at its next
     * step or member.
     *
     * @throws org.lodestone.store.Refused CONFLICT if the run already ended
     */
    RunRecord cancel(String id, String actor) {
        RunRecord run = ledger.cancel(id, actor);
        Job job = live.get(id);
        if (job != null) {
            job.cancel();
            if (waiting.remove(job.owner, job)) {
                end(job, RunStatus.CANCELLED.key());
            }
        }
        return run;
    }

    /** Sends this run's events to {@code client}; a run that already ended gets its {@code done} at once. */
    void subscribe(RunRecord run, SseClient client) {
        Job job = live.get(run.id());
        if (job != null) {
            job.follow(client);
        }
        if (job == null || !live.containsKey(run.id())) {
            String status = ledger.get(run.id()).orElse(run).status().key();
            client.sendEvent("done", Job.done(run.id(), status));
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

    private void serve() {
        while (true) {
            Job job;
            try {
                job = waiting.take();
            } catch (InterruptedException e) {
                return;
            }
            String status = RunStatus.FAILED.key();
            try {
                status = execute(job);
            } catch (Throwable e) {
                LOG.error("run {}: its job failed outside the run itself; the worker goes on", job.id, e);
            } finally {
                end(job, status);
            }
        }
    }

    private String execute(Job job) {
        try {
            RunSeries output = job.run();
            return outcomes.finish(job.id, output);
        } catch (Exception | OutOfMemoryError e) {
            return cancelled(e) ? RunStatus.CANCELLED.key() : outcomes.fail(job.id, e);
        }
    }

    /** Whether {@code e} is, or was caused by, a cancel (an engine may wrap what its callbacks throw). */
    private static boolean cancelled(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Job.Cancelled) {
                return true;
            }
        }
        return false;
    }

    private void end(Job job, String status) {
        live.remove(job.id);
        job.end(status);
    }

    @Override
    public void close() {
        live.values().forEach(Job::cancel);
        workers.forEach(Thread::interrupt);
        for (Thread t : workers) {
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The job queue is full, or its owner has as many jobs as one user may. */
    static final class TooManyJobs extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooManyJobs(String message) {
            super(message);
        }
    }
}
