package org.lodestone.core.ario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/**
 * {@link ForkParts} runs every part once on the common pool and {@link EntryParts#split} hands
 * each part the same bounds as the stream it replaced, {@code [n·t/parts, n·(t+1)/parts)}.
 */
class ForkPartsTest {

    @Test
    void everyPartRunsExactlyOnceAndAllHaveFinishedOnReturn() {
        for (int parts = 1; parts <= 6; parts++) {
            for (int round = 0; round < 200; round++) {
                AtomicIntegerArray runs = new AtomicIntegerArray(parts);
                ForkParts.run(parts, runs::incrementAndGet);

                for (int t = 0; t < parts; t++) {
                    assertThat(runs.get(t))
                            .as("%d parts, round %d, part %d", parts, round, t)
                            .isEqualTo(1);
                }
            }
        }
    }

    @Test
    void partZeroRunsOnTheCallingThread() {
        Thread[] ranOn = new Thread[3];
        ForkParts.run(3, t -> ranOn[t] = Thread.currentThread());

        assertThat(ranOn[0]).isSameAs(Thread.currentThread());
    }

    /** 10 items in 3 parts: 10·1/3 = 3 and 10·2/3 = 6 (rounded down), as the one-thread loop's ranges. */
    @Test
    void splitHandsEachPartTheBoundsByHand() {
        assertThat(ranges(10, 3)).containsExactly("0:0-3", "1:3-6", "2:6-10");
        assertThat(ranges(7, 1)).containsExactly("0:0-7");
        assertThat(ranges(2, 4)).containsExactly("0:0-0", "1:0-1", "2:1-1", "3:1-2");
    }

    /** n·t overflows an int from 2^31: the bounds are worked out in long. */
    @Test
    void boundsOfLargeCountsDoNotOverflow() {
        int n = 2_000_000_000;

        assertThat(EntryParts.start(n, 1, 3)).isEqualTo(666_666_666);
        assertThat(EntryParts.start(n, 2, 3)).isEqualTo(1_333_333_333);
        assertThat(EntryParts.start(n, 3, 3)).isEqualTo(n);
    }

    @Test
    void aFailingForkedPartIsRethrownAfterTheOthersFinished() {
        AtomicIntegerArray runs = new AtomicIntegerArray(4);

        assertThatThrownBy(() -> ForkParts.run(4, t -> {
                    runs.incrementAndGet(t);
                    if (t == 2) {
                        throw new IllegalArgumentException("part 2 failed");
                    }
                }))
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(messages(e)).contains("part 2 failed"));
        for (int t = 0; t < 4; t++) {
            assertThat(runs.get(t)).as("part %d", t).isEqualTo(1);
        }
    }

    @Test
    void theFirstFailureByPartIsThrownAndTheLaterOnesSuppressed() {
        assertThatThrownBy(() -> ForkParts.run(3, t -> {
                    throw new IllegalStateException("part " + t + " failed");
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("part 0 failed")
                .satisfies(e -> assertThat(e.getSuppressed()).hasSize(2))
                .satisfies(e -> assertThat(messages(e.getSuppressed()[0])).contains("part 1 failed"))
                .satisfies(e -> assertThat(messages(e.getSuppressed()[1])).contains("part 2 failed"));
    }

    @Test
    void anErrorInAPartIsRethrownAsItsType() {
        assertThatThrownBy(() -> ForkParts.run(2, t -> {
                    if (t == 1) {
                        throw new AssertionError("part 1 broke an invariant");
                    }
                }))
                .isInstanceOf(AssertionError.class)
                .satisfies(e -> assertThat(messages(e)).contains("part 1 broke an invariant"));
    }

    private static List<String> ranges(int n, int parts) {
        String[] seen = new String[parts];
        EntryParts.split(n, parts, (part, from, to) -> seen[part] = part + ":" + from + "-" + to);
        return List.of(seen);
    }

    /** The message of the exception and of its causes: the pool may hand back a copy caused by the original. */
    private static List<String> messages(Throwable e) {
        List<String> messages = new ArrayList<>();
        for (Throwable t = e; t != null; t = t.getCause()) {
            messages.add(t.getMessage());
        }
        return messages;
    }
}
