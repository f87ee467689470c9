package org.lodestone.io.run;

import java.util.Locale;

/** How per-step trajectories are written. */
public enum TrajectoryFormat {
    /** Long CSV: {@code trajectories.csv} (one row per step and industry) and {@code final_demand_unmet.csv}. */
    CSV,
    /** The reference implementation's wide files, one per variable, one row per step (ARIO reference case layout). */
    ARIO_CSV;

    /** The name used on the command line. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
