package org.lodestone.app.reverse;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.lodestone.app.ensemble.MemberSetup;
import org.lodestone.core.reverse.Bisection;
import org.lodestone.core.reverse.BoundaryGrid;
import org.lodestone.core.reverse.Evaluation;
import org.lodestone.core.reverse.SearchAxis;
import org.lodestone.core.reverse.Target;

/**
 * A reverse stress test: the boundary of the region of one or two inputs where the target breaks.
 *
 * @param setup      scenario, dataset, coalition
 * @param target     the target
 * @param unit       the unit it is for
 * @param line       the bisection, for one input
 * @param grid       the refined grid, for two inputs
 * @param threads    runs at once
 * @param engine     where the points ran: {@code local} or {@code spark}
 * @param runSeconds wall-clock seconds of the runs
 * @param version    Lodestone's version
 * @param out        the report folder
 */
public record ReverseResult(
        MemberSetup setup,
        Target target,
        String unit,
        Optional<Bisection.Result> line,
        Optional<BoundaryGrid.Result> grid,
        int threads,
        String engine,
        double runSeconds,
        String version,
        Path out) {

    public ReverseResult {
        Objects.requireNonNull(setup, "setup");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(engine, "engine");
        if (line.isPresent() == grid.isPresent()) {
            throw new IllegalArgumentException("a reverse stress test is either a bisection or a grid");
        }
    }

    /** The inputs moved. */
    public List<SearchAxis> axes() {
        return line.map(l -> List.of(l.axis()))
                .orElseGet(() -> List.of(grid.get().x(), grid.get().y()));
    }

    /** Every run, in order. */
    public List<Evaluation> evaluations() {
        return line.map(Bisection.Result::evaluations)
                .orElseGet(() -> grid.get().evaluations());
    }
}
