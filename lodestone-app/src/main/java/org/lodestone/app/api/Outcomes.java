package org.lodestone.app.api;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.lodestone.app.run.RunSeries;
import org.lodestone.io.problem.InputException;
import org.lodestone.io.problem.Problem;
import org.lodestone.store.Refused;
import org.lodestone.store.run.RunStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records how a job ended. A store that does not answer is tried again after each of the
 * {@code retries} delays; results that still cannot be stored make the run {@code failed} with
 * that cause, and when even that cannot be written the status reported to the run's followers
 * is still {@code failed} (the next server start marks the row {@code interrupted}). Causes are
 * stored on the run and logged; a cause never names a class or a path of the server (the log has
 * the detail under an incident id).
 */
final class Outcomes {

    private static final Logger LOG = LoggerFactory.getLogger(Outcomes.class);

    private final RunLedger ledger;
    private final List<Duration> retries;

    Outcomes(RunLedger ledger, List<Duration> retries) {
        this.ledger = ledger;
        this.retries = List.copyOf(retries);
    }

    /** Stores the results; the run's final status. */
    String finish(String id, RunSeries output) {
        try {
            retrying(() -> ledger.finish(id, output.summaryJson(), output.series()));
            return RunStatus.DONE.key();
        } catch (Refused e) {
            return statusOf(id);
        } catch (RuntimeException e) {
            String incident = incident();
            LOG.error("run {}: the store did not take the results (incident {})", id, incident, e);
            return fail(
                    id,
                    "the store did not take the results after " + (retries.size() + 1) + " attempts (incident "
                            + incident + "); start the run again");
        }
    }

    /** Marks the run failed because of {@code e}; the run's final status. */
    String fail(String id, Throwable e) {
        return fail(id, cause(id, e));
    }

    private String fail(String id, String cause) {
        try {
            retrying(() -> ledger.fail(id, cause));
        } catch (Refused e) {
            return statusOf(id);
        } catch (RuntimeException e) {
            LOG.error("run {} failed ({}) and the store could not record it", id, cause, e);
        }
        return RunStatus.FAILED.key();
    }

    /** Why the run failed, as its readers may see it; logged in full. */
    static String cause(String id, Throwable e) {
        if (e instanceof InputException input) {
            return String.join(
                    "\n", input.problems().stream().map(Problem::format).toList());
        }
        String incident = incident();
        LOG.error("run {} failed (incident {})", id, incident, e);
        if (e instanceof OutOfMemoryError) {
            return "the server ran out of memory (incident " + incident
                    + "); Maybe shorten the horizon or run fewer members";
        }
        if (e instanceof java.io.IOException) {
            return "cannot write the results to the server's scratch folder (incident " + incident + ")";
        }
        return "internal error (incident " + incident + "); the server log has its details";
    }

    private String statusOf(String id) {
        try {
            return ledger.get(id).map(r -> r.status().key()).orElse(RunStatus.FAILED.key());
        } catch (RuntimeException e) {
            return RunStatus.FAILED.key();
        }
    }

    private void retrying(Runnable write) {
        for (int attempt = 0; ; attempt++) {
            try {
                write.run();
                return;
            } catch (Refused e) {
                throw e;
            } catch (RuntimeException e) {
                if (attempt >= retries.size()) {
                    throw e;
                }
                LOG.warn("the store failed on attempt {}; trying again in {}", attempt + 1, retries.get(attempt));
                pause(retries.get(attempt), e);
            }
        }
    }

    private static void pause(Duration delay, RuntimeException failure) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure;
        }
    }

    private static String incident() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
