package org.lodestone.bench;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.lodestone.core.dependency.OriginShares;
import org.lodestone.core.dependency.StackTable;
import org.lodestone.core.dependency.UpstreamProfile;
import org.lodestone.core.extraction.ExtractionRanking;
import org.lodestone.core.extraction.RankedCut;
import org.lodestone.core.leontief.LeontiefSolver;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.SyntheticMrio;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The dependency analytics at MRIO scale, on the synthetic table of the reference generator
 * (98 regions × 100 sectors = 9,800 industries, seed 42, about 87 million flows): multi-tier
 * dependency of every industry by origin region ({@code originsOfEveryNode}, 98 transposed Leontief
 * solves batched), the exact top of the extraction ranking ({@code extractionRanking}: one solve for
 * the Ghosh bounds, then batches of 16 candidate columns), and the upstream profile of a coalition's
 * output ({@code coalitionProfile}, one solve). The coalition is the first ten regions. Single shot:
 * each is run once per analysis, so a cold-ish start is the honest measure. The table is generated
 * once per trial, outside the timing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class DependencyBenchmark {

    private static final long SEED = 42;
    private static final int COALITION_REGIONS = 10;
    private static final int TOP = 20;

    @Param({"98"})
    int regions;

    @Param({"100"})
    int sectors;

    private StackTable stack;
    private LeontiefSolver solver;
    private double[] coalitionOutput;

    @Setup(Level.Trial)
    public void generate() {
        IoTable table = SyntheticMrio.generate(regions, sectors, SEED);
        stack = StackTable.monetary(table);
        solver = new LeontiefSolver(table);
        Set<String> coalition = new TreeSet<>(stack.regions()
                .subList(0, Math.min(COALITION_REGIONS, stack.regions().size())));
        coalitionOutput = stack.outputOf(-1, coalition);
    }

    @Benchmark
    public OriginShares originsOfEveryNode() {
        return OriginShares.byRegion(stack, solver);
    }

    @Benchmark
    public List<RankedCut> extractionRanking() {
        return new ExtractionRanking(stack, solver).rank(coalitionOutput, Set.of(), 1, TOP);
    }

    @Benchmark
    public UpstreamProfile coalitionProfile() {
        return UpstreamProfile.of(stack, solver, coalitionOutput);
    }
}
