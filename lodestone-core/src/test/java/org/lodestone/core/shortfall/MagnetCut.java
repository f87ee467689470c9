package org.lodestone.core.shortfall;

import java.util.List;
import java.util.Optional;
import org.lodestone.core.scenario.EventSpec;

/**
 * The shortfall tests' shock: China blocks a share of its magnet exports to the USA and Japan from
 * day 1 for 1,000 days, with no licensing.
 */
final class MagnetCut {

    private MagnetCut() {}

    /** The export control blocking {@code blocked} of the magnets, in [0, 1]. */
    static EventSpec of(double blocked) {
        return new EventSpec.ExportControl(
                "CHN",
                List.of("magnet"),
                new EventSpec.Targets(false, List.of("USA", "JPN"), Optional.empty()),
                blocked,
                1,
                1000,
                0,
                0);
    }
}
