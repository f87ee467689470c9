package org.lodestone.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ComputedOnceTest {

    /** The waiters are threads parked in the first request's computation when it throws. */
    @Test
    void aFailedComputationReachesEveryWaiterAndIsTriedAgainByTheNextRequest() throws Exception {
        ComputedOnce<String, String> once = new ComputedOnce<>(4);
        AtomicInteger calls = new AtomicInteger();
        List<Thread> waiters = new ArrayList<>();
        List<Throwable> thrown = new CopyOnWriteArrayList<>();
        assertThatThrownBy(() -> once.get("k", k -> {
                    calls.incrementAndGet();
                    for (int i = 0; i < 3; i++) {
                        Thread w = new Thread(() -> {
                            try {
                                once.get("k", again -> "computed again");
                            } catch (RuntimeException e) {
                                thrown.add(e);
                            }
                        });
                        w.start();
                        waiters.add(w);
                    }
                    waiters.forEach(ComputedOnceTest::awaitParked);
                    throw new IllegalArgumentException("no such view");
                }))
                .hasMessage("no such view");
        for (Thread w : waiters) {
            w.join(10_000);
        }

        assertThat(thrown).hasSize(3).allSatisfy(e -> assertThat(e).hasMessage("no such view"));
        assertThat(calls).hasValue(1);
        assertThat(once.size()).as("the failure is not kept").isZero();
        assertThat(once.get("k", k -> "v")).isEqualTo("v");
    }

    @Test
    void keysBeyondTheCapacityAreComputedEachTimeAndNotKept() {
        ComputedOnce<Integer, Integer> once = new ComputedOnce<>(2);
        AtomicInteger calls = new AtomicInteger();
        for (int round = 0; round < 2; round++) {
            for (int key = 0; key < 3; key++) {
                once.get(key, k -> {
                    calls.incrementAndGet();
                    return k * 10;
                });
            }
        }
        assertThat(once.size()).isEqualTo(2);
        assertThat(calls).as("keys 0 and 1 once, key 2 in each round").hasValue(4);
        assertThat(once.get(2, k -> -1)).isEqualTo(-1);
    }

    /** Waits (at most 10 s) until {@code t} is parked, as a thread waiting for another's computation is. */
    private static void awaitParked(Thread t) {
        for (int i = 0; i < 10_000 && t.getState() != Thread.State.WAITING; i++) {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        assertThat(t.getState()).as("a waiter parked").isEqualTo(Thread.State.WAITING);
    }
}
