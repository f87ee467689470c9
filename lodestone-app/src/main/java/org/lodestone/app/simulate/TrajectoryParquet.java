package org.lodestone.app.simulate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.lodestone.io.run.OutputFolder;
import org.lodestone.store.parquet.ParquetCopy;

/**
 * {@code --trajectories parquet}: turns the long trajectory files into Parquet, typed (steps and
 * counts as integers, quantities as doubles) and with a {@code date} column after {@code step} when
 * the scenario has a start date, then removes the CSV files.
 */
final class TrajectoryParquet {

    /** File stem → the columns of its long CSV file and their types. */
    static final Map<String, Map<String, String>> FILES = files();

    private TrajectoryParquet() {}

    private static Map<String, Map<String, String>> files() {
        Map<String, String> trajectories = new LinkedHashMap<>();
        trajectories.put("step", "INTEGER");
        trajectories.put("region", "VARCHAR");
        trajectories.put("sector", "VARCHAR");
        for (String quantity : new String[] {
            "production",
            "capacity",
            "overproduction",
            "intermediate_demand",
            "final_demand",
            "rebuild_demand",
            "input_stocks"
        }) {
            trajectories.put(quantity, "DOUBLE");
        }
        trajectories.put("limiting_inputs", "INTEGER");
        Map<String, String> unmet = new LinkedHashMap<>();
        unmet.put("step", "INTEGER");
        unmet.put("region", "VARCHAR");
        unmet.put("category", "VARCHAR");
        unmet.put("unmet", "DOUBLE");
        Map<String, Map<String, String>> files = new LinkedHashMap<>();
        files.put("trajectories", trajectories);
        files.put("final_demand_unmet", unmet);
        return files;
    }

    /** Replaces each long CSV file of {@code folder} by its Parquet file. */
    static void convert(OutputFolder folder, Optional<LocalDate> start) throws IOException {
        for (Map.Entry<String, Map<String, String>> file : FILES.entrySet()) {
            Path csv = folder.resolve(file.getKey() + ".csv");
            ParquetCopy.copy(csv, file.getValue(), start, folder.resolve(file.getKey() + ".parquet"));
            Files.delete(csv);
        }
    }
}
