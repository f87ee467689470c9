package org.lodestone.store;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lodestone.store.run.RunRecord;

/**
 * The child process of {@link CrashRecoveryIT}: writes large runs to a store, saying on standard
 * output when each write starts and when it committed, until it is killed. It gives up by itself
 * after {@value #MAX_RUNS} runs, so a test that fails before killing it leaves no writer behind.
 */
public final class CrashingWriter {

    static final int SERIES = 40;
    static final int STEPS = 3_000;
    static final int MAX_RUNS = 200;

    private CrashingWriter() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (Store store = Store.open(StoreUrl.parse(args[0]))) {
            for (int n = 0; n < MAX_RUNS; n++) {
                RunRecord run = store.runs().start("writer", "run", "builtin:crash", 0, "builtin:ai-stack");
                Map<String, double[]> series = new LinkedHashMap<>();
                for (int s = 0; s < SERIES; s++) {
                    double[] values = new double[STEPS];
                    for (int t = 0; t < STEPS; t++) {
                        values[t] = n + s * 1e-3 + t * 1e-7;
                    }
                    series.put("series-" + s, values);
                }
                out.println("writing " + run.id());
                store.runs().finish(run.id(), "{\"n\":" + n + "}", series);
                out.println("committed " + run.id());
            }
        }
    }
}
