package org.lodestone.bench;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.lodestone.core.chokepoint.StageChokepoint;
import org.lodestone.core.chokepoint.StageChokepoints;
import org.lodestone.core.coalition.Coalition;
import org.lodestone.core.criticality.Criticality;
import org.lodestone.core.criticality.CriticalityAssessment;
import org.lodestone.core.dependency.OriginShares;
import org.lodestone.core.dependency.StackTable;
import org.lodestone.core.dependency.UpstreamProfile;
import org.lodestone.core.extraction.ExtractionRanking;
import org.lodestone.core.extraction.RankedCut;
import org.lodestone.core.leontief.LeontiefSolver;
import org.lodestone.core.model.Dataset;
import org.lodestone.io.dataset.DatasetLoader;
import org.lodestone.io.dataset.LoadedDataset;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * All of the dependency analytics on {@code builtin:ai-stack} for pax-silica on 2026-03-01: the
 * physical table and solver ({@code table}), multi-tier origins of every node by sector
 * ({@code origins}), the coalition's upstream profile ({@code tiers}), the full extraction ranking of
 * all 274 producers ({@code ranking}), chokepoints and criticality, and everything in one go
 * ({@code all}), as {@code lodestone exposure} runs them after loading the dataset (loading is not
 * timed). Average time per call after warm-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AiStackAnalyticsBenchmark {

    private Dataset dataset;
    private LoadedDataset loaded;
    private StackTable stack;
    private LeontiefSolver solver;
    private Set<String> members;
    private Set<String> concern;
    private int target;
    private double[] coalitionOutput;
    private double[] worldOutput;

    @Setup(Level.Trial)
    public void load() {
        loaded = DatasetLoader.load("builtin:ai-stack");
        dataset = loaded.dataset();
        stack = table();
        solver = new LeontiefSolver(stack.table());
        LocalDate date = LocalDate.of(2026, 3, 1);
        members = Coalition.of(dataset.group("pax-silica").orElseThrow(), date).codes();
        concern = Coalition.of(dataset.group("concern").orElseThrow(), date).codes();
        target = stack.sectorIndex("ai-compute");
        coalitionOutput = stack.outputOf(target, members);
        worldOutput = stack.outputOf(target, new TreeSet<>(stack.regions()));
    }

    @Benchmark
    public StackTable table() {
        return StackTable.of(dataset, loaded.network());
    }

    @Benchmark
    public OriginShares origins() {
        return OriginShares.bySector(stack, solver);
    }

    @Benchmark
    public UpstreamProfile tiers() {
        return UpstreamProfile.of(stack, solver, coalitionOutput);
    }

    @Benchmark
    public List<RankedCut> ranking() {
        return new ExtractionRanking(stack, solver).rank(coalitionOutput, own(), 1, 0);
    }

    @Benchmark
    public List<StageChokepoint> chokepoints() {
        return StageChokepoints.find(
                stack, solver, members, concern, coalitionOutput, worldOutput, StageChokepoints.DEFAULT_THRESHOLD);
    }

    @Benchmark
    public List<Criticality> criticality() {
        return CriticalityAssessment.assess(stack, solver, members, concern, true, coalitionOutput, Set.of(target));
    }

    @Benchmark
    public int all() {
        StackTable fresh = table();
        LeontiefSolver freshSolver = new LeontiefSolver(fresh.table());
        return OriginShares.bySector(fresh, freshSolver).hashCode()
                + UpstreamProfile.of(fresh, freshSolver, coalitionOutput)
                        .sectors()
                        .size()
                + new ExtractionRanking(fresh, freshSolver)
                        .rank(coalitionOutput, own(), 1, 0)
                        .size()
                + StageChokepoints.find(fresh, freshSolver, members, concern, coalitionOutput, worldOutput, 0.5)
                        .size()
                + CriticalityAssessment.assess(
                                fresh, freshSolver, members, concern, true, coalitionOutput, Set.of(target))
                        .size();
    }

    private Set<Integer> own() {
        Set<Integer> own = new HashSet<>();
        for (int i = 0; i < stack.size(); i++) {
            if (stack.sectorOf(i) == target) {
                own.add(i);
            }
        }
        return own;
    }
}
