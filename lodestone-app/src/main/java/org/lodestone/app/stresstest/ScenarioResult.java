package org.lodestone.app.stresstest;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.lodestone.app.run.ScenarioRun;
import org.lodestone.app.run.Scope;
import org.lodestone.core.ario.PhaseChanged;
import org.lodestone.core.ario.RunOutcome;

/**
 * One scenario run and what it says: outcomes for the coalition, each member and the other regions
 * that deliver the final commodity, and the lines of its most-hit commodities.
 */
public final class ScenarioResult {

    /**
     * The lines of one commodity the coalition lost output of.
     *
     * @param loss  the coalition's loss of it
     * @param lines one line per member that has a node of it, the coalition's when several do, and
     *              the world's
     */
    public record CommodityLines(CommodityLoss loss, List<Line> lines) {
        public CommodityLines {
            Objects.requireNonNull(loss, "loss");
            lines = List.copyOf(lines);
        }
    }

    private final ScenarioEntry entry;
    private final ScenarioRun.Finished finished;
    private final List<RegionOutcome> regions;
    private final List<CommodityLines> mostHit;
    private final OutputRecorder output;
    private final Scope scope;
    private final List<MeasureOutcome> measures;
    private final StockOutDays stockOuts;

    ScenarioResult(
            ScenarioEntry entry,
            ScenarioRun.Finished finished,
            List<RegionOutcome> regions,
            List<CommodityLines> mostHit,
            OutputRecorder output,
            Scope scope,
            StockOutDays stockOuts) {
        this.entry = Objects.requireNonNull(entry, "entry");
        this.finished = Objects.requireNonNull(finished, "finished");
        this.regions = List.copyOf(regions);
        this.mostHit = List.copyOf(mostHit);
        this.output = output;
        this.scope = scope;
        this.measures = FinalMeasures.outcomes(scope, output);
        this.stockOuts = stockOuts;
    }

    public ScenarioEntry entry() {
        return entry;
    }

    /** How the run ended (steps run, whether it stopped early). */
    public RunOutcome outcome() {
        return finished.outcome();
    }

    /** Wall-clock seconds of running. */
    public double seconds() {
        return finished.seconds();
    }

    /** The phase changes the engine published for the scenario's events, in step order. */
    public List<PhaseChanged> phases() {
        return finished.phases();
    }

    /** The coalition first, then its members, then the other regions delivering the final commodity. */
    public List<RegionOutcome> regions() {
        return regions;
    }

    /** The coalition's outcome. */
    public RegionOutcome coalition() {
        return regions.get(0);
    }

    /** The outcome of one region, or of the coalition by its id. */
    public RegionOutcome region(String region) {
        return regions.stream()
                .filter(r -> r.region().equals(region))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no outcome for " + region));
    }

    /**
     * The commodities other than the final one that the coalition lost most of (at most
     * {@link ScenarioAnalysis#CHARTED}), with their lines.
     */
    public List<CommodityLines> mostHit() {
        return mostHit;
    }

    /**
     * Every final measure's outcome for the coalition and each member that makes it, by measure
     * (dataset order), the coalition first.
     */
    public List<MeasureOutcome> measures() {
        return measures;
    }

    /** Output of {@code commodity}'s nodes in {@code regions} relative to baseline, per day. */
    public double[] series(String commodity, Set<String> regions) {
        return output.series(scope.nodes(commodity, regions));
    }

    /**
     * The first day each input ran out at {@code region}'s industries (the coalition's members
     * together when {@code region} is the coalition's id), earliest first.
     */
    List<StockOutDays.First> firstStockOuts(String region) {
        return stockOuts.of(region.equals(scope.coalition().id()) ? scope.members() : Set.of(region));
    }
}
