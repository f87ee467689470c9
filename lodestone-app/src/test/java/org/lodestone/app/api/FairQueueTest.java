package org.lodestone.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 17, finding 5: one user's many queued jobs used to hold back everyone else's. */
class FairQueueTest {

    @Test
    void ownersTakeTurnsAndEachOwnersJobsKeepTheirOrder() throws InterruptedException {
        FairQueue<String> queue = new FairQueue<>();
        for (int i = 1; i <= 4; i++) {
            queue.add("ana", "a" + i);
        }
        queue.add("bob", "b1");
        queue.add("carl", "c1");
        queue.add("bob", "b2");

        List<String> order = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            order.add(queue.take());
        }

        // by hand: ana, bob, carl in the order they first came, then those with jobs left
        assertThat(order).containsExactly("a1", "b1", "c1", "a2", "b2", "a3", "a4");
    }

    @Test
    void aRemovedJobIsNeverTakenAndAnOwnerWithoutJobsLosesTheirTurn() throws InterruptedException {
        FairQueue<String> queue = new FairQueue<>();
        queue.add("ana", "a1");
        queue.add("bob", "b1");
        queue.add("ana", "a2");

        assertThat(queue.remove("bob", "b1")).isTrue();
        assertThat(queue.remove("bob", "b1")).as("only once").isFalse();
        assertThat(queue.remove("carl", "b1")).isFalse();

        assertThat(queue.take()).isEqualTo("a1");
        assertThat(queue.take()).isEqualTo("a2");
    }
}
