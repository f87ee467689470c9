package org.lodestone.app.api;

import java.util.Map;
import java.util.Optional;
import org.lodestone.store.Store;
import org.lodestone.store.run.RunRecord;
import org.lodestone.store.run.Runs;

/**
 * Where {@link Jobs} records runs: the store's {@link Runs}. An interface so that a test can make
 * the store fail under a running job.
 */
interface RunLedger {

    RunRecord start(String owner, String kind, String scenarioRef, int scenarioVersion, String datasetRef);

    void finish(String id, String summaryJson, Map<String, double[]> series);

    void fail(String id, String error);

    RunRecord cancel(String id, String actor);

    Optional<RunRecord> get(String id);

    /** The store's runs. */
    static RunLedger of(Store store) {
        return new RunLedger() {
            @Override
            public RunRecord start(String owner, String kind, String ref, int version, String datasetRef) {
                return store.runs().start(owner, kind, ref, version, datasetRef);
            }

            @Override
            public void finish(String id, String summaryJson, Map<String, double[]> series) {
                store.runs().finish(id, summaryJson, series);
            }

            @Override
            public void fail(String id, String error) {
                store.runs().fail(id, error);
            }

            @Override
            public RunRecord cancel(String id, String actor) {
                return store.runs().cancel(id, actor);
            }

            @Override
            public Optional<RunRecord> get(String id) {
                return store.runs().get(id);
            }
        };
    }
}
