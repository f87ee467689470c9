package org.lodestone.app.stresstest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The line under the stress-test table for a member without a node of the final commodity. */
class SummaryTableTest {

    @Test
    void aMemberWithoutANodeIsPointedToTheAggregatesThatHoldItsOutput() {
        assertThat(SummaryTable.withoutNode("EST", "ai-compute", List.of("ROW", "XAP", "XEU")))
                .isEqualTo("  EST: no ai-compute node of its own; its ai-compute, if any, is counted in an aggregate"
                        + " (ROW, XAP, XEU), outside the coalition figure." + System.lineSeparator());
    }

    @Test
    void withoutAggregatesTheLineDoesNotNameAnEmptyOne() {
        assertThat(SummaryTable.withoutNode("EST", "ai-compute", List.of()))
                .isEqualTo("  EST: no ai-compute node of its own, so the coalition figure has none of it."
                        + System.lineSeparator())
                .doesNotContain("()");
    }
}
