package org.lodestone.app.exposure;

import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.lodestone.core.coalition.Coalition;
import org.lodestone.core.dependency.Sector;
import org.lodestone.core.dependency.StackTable;
import org.lodestone.core.leontief.LeontiefSolver;

/**
 * A request resolved against its table: the coalition (with any what-if change), the countries of
 * concern, the target and the cut, each checked ({@link ContextResolver}).
 *
 * @param source         the table and dataset
 * @param request        the request as typed
 * @param coalition      members on the date, after {@code --add}/{@code --remove}
 * @param concern        codes of the countries of concern
 * @param concernDefined whether countries of concern are defined at all
 * @param target         index of the target sector; -1 for all sectors of a monetary table
 * @param cut            the industry to show in detail, if any
 * @param solver         the Leontief solver of the table, shared by the analyses
 */
public record AnalysisContext(
        AnalysisSource source,
        ExposureRequest request,
        Coalition coalition,
        Set<String> concern,
        boolean concernDefined,
        int target,
        Optional<Integer> cut,
        LeontiefSolver solver) {

    public AnalysisContext {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(coalition, "coalition");
        concern = Set.copyOf(concern);
        Objects.requireNonNull(cut, "cut");
        Objects.requireNonNull(solver, "solver");
    }

    /**
     * Loads the dataset and resolves the request.
     *
     * @throws org.lodestone.io.problem.InputException with every problem found
     */
    public static AnalysisContext resolve(ExposureRequest request) {
        return ContextResolver.resolve(request, AnalysisSource.load(request.dataset()));
    }

    public StackTable stack() {
        return source.stack();
    }

    /** The same analysis for the coalition before the what-if change. */
    public AnalysisContext baseline() {
        return new AnalysisContext(source, request, coalition.baseline(), concern, concernDefined, target, cut, solver);
    }

    /** Output of the target in the coalition's member regions, per industry. */
    public double[] coalitionTarget() {
        return stack().outputOf(target, coalition.codes());
    }

    /** Output of the target in every region, per industry. */
    public double[] worldTarget() {
        return stack().outputOf(target, Set.copyOf(stack().regions()));
    }

    /** The target's own producers, which the extraction ranking leaves out; none when the target is all sectors. */
    public Set<Integer> targetIndustries() {
        Set<Integer> own = new HashSet<>();
        for (int i = 0; target >= 0 && i < stack().size(); i++) {
            if (stack().sectorOf(i) == target) {
                own.add(i);
            }
        }
        return own;
    }

    /** The target's name, e.g. {@code ai-compute}, or {@code output (all sectors)}. */
    public String targetName() {
        return target < 0
                ? "output (all sectors)"
                : stack().sectors().get(target).id();
    }

    /** The target's unit. */
    public String targetUnit() {
        return target < 0
                ? stack().sectors().get(0).unit()
                : stack().sectors().get(target).unit();
    }

    /** The sector of an index. */
    public Sector sector(int index) {
        return stack().sectors().get(index);
    }

    /** The region name of an index. */
    public String region(int index) {
        return stack().regions().get(index);
    }
}
