package org.lodestone.core.ario;

import java.util.Optional;

/**
 * The {@link StepView} of a run: read-only windows on its buffers, made once when the run is
 * built, so a step allocates nothing for its listeners. A separate object from the run, so a
 * listener holds no reference through which it could step or change it.
 */
final class RunView implements StepView {

    private final ArioRun run;
    private final int p;
    private final ReadOnlyVector initialOutput;
    private final ReadOnlyVector production;
    private final ReadOnlyVector capacity;
    private final ReadOnlyVector overproduction;
    private final ReadOnlyVector intermediateDemand;
    private final ReadOnlyVector finalDemand;
    private final ReadOnlyVector rebuildDemand;
    private final ReadOnlyVector rebuildProduction;
    private final ReadOnlyVector finalDemandUnmet;
    private final ReadOnlyVector finalDemandUndistributed;
    private final ReadOnlyVector inputStocksTotal;
    private final ReadOnlyIntVector limitingInputs;
    private final Optional<ReadOnlyVector> capitalToRecover;

    RunView(ArioRun run, double[] capitalLost) {
        this.run = run;
        this.p = run.x.length;
        this.initialOutput = new ReadOnlyVector(run.x0);
        this.production = new ReadOnlyVector(run.x);
        this.capacity = new ReadOnlyVector(run.xCap);
        this.overproduction = new ReadOnlyVector(run.alpha);
        this.intermediateDemand = new ReadOnlyVector(run.orderRows);
        this.finalDemand = new ReadOnlyVector(run.finalDemandWanted);
        this.rebuildDemand = new ReadOnlyVector(run.rebuildRow);
        this.rebuildProduction = new ReadOnlyVector(run.rebuildDelivered);
        this.finalDemandUnmet = new ReadOnlyVector(run.fdUnmet);
        this.finalDemandUndistributed = new ReadOnlyVector(run.fdUndistributed);
        this.inputStocksTotal = new ReadOnlyVector(run.stocksTotal);
        this.limitingInputs = new ReadOnlyIntVector(run.limiting);
        this.capitalToRecover = Optional.of(new ReadOnlyVector(capitalLost));
    }

    @Override
    public int step() {
        return run.step();
    }

    @Override
    public int industries() {
        return p;
    }

    @Override
    public ReadOnlyVector initialOutput() {
        return initialOutput;
    }

    @Override
    public ReadOnlyVector production() {
        return production;
    }

    @Override
    public ReadOnlyVector capacity() {
        return capacity;
    }

    @Override
    public ReadOnlyVector overproduction() {
        return overproduction;
    }

    @Override
    public ReadOnlyVector intermediateDemand() {
        return intermediateDemand;
    }

    @Override
    public ReadOnlyVector finalDemand() {
        return finalDemand;
    }

    @Override
    public ReadOnlyVector rebuildDemand() {
        return rebuildDemand;
    }

    @Override
    public ReadOnlyVector rebuildProduction() {
        return rebuildProduction;
    }

    @Override
    public ReadOnlyVector finalDemandUnmet() {
        run.computeGaps();
        return finalDemandUnmet;
    }

    @Override
    public ReadOnlyVector finalDemandUndistributed() {
        run.computeGaps();
        return finalDemandUndistributed;
    }

    @Override
    public ReadOnlyVector inputStocksTotal() {
        return inputStocksTotal;
    }

    @Override
    public ReadOnlyIntVector limitingInputs() {
        return limitingInputs;
    }

    @Override
    public Optional<ReadOnlyVector> capitalToRecover() {
        return run.capitalDefined() ? capitalToRecover : Optional.empty();
    }
}
