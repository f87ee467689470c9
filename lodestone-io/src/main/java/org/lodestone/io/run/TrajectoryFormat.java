package org.lodestone.io.run;

import java.util.Locale;

/** How per-step trajectories are written. */
public enum TrajectoryFormat {
    /** Long CSV: {@code trajectories.csv} (one row per step and industry) and {@code final_demand_unmet.csv}. */
    CSV,
    /** The reference implementation's wide files, one per variable, one row per step (ARIO reference case layout). */
    ARIO_CSV,
    /**
     * The long layout as Parquet: {@code trajectories.parquet} and {@code final_demand_unmet.parquet},
     * with a {@code date} column when the scenario has a start date. This writer writes the long
     * CSV files; the app turns them into Parquet once the run is complete.
     */
    PARQUET;

    /** The name used on the command line. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
