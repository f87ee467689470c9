package org.lodestone.core.ensemble;

/** Runs one member: the scenario with the given input values, followed by the reporting units. Implementations are thread-safe. */
@FunctionalInterface
public interface MemberEvaluator {

    /**
     * @param member the member's index (recorded in the outcome)
     * @param values the varied inputs' values, in the layout's input order
     */
    MemberOutcome evaluate(long member, double[] values);
}
