package org.lodestone.app.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.lodestone.core.model.Dataset;
import org.lodestone.core.mrio.DatasetTables;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.io.dataset.DatasetLoader;
import org.lodestone.io.dataset.LoadedDataset;
import org.lodestone.io.mrio.MrioFolderReader;
import org.lodestone.io.mrio.PymrioTextReader;

/**
 * Resolves a scenario's dataset reference to the table the engine runs on:
 * {@code mrio:PATH} (MRIO folder), {@code pymrio:PATH} (pymrio text folder), {@code builtin:NAME}
 * or a dataset folder (the physical network of a Lodestone dataset). A relative path is taken
 * from the scenario file's folder when it exists there, else from the working directory.
 *
 * @param table     the table
 * @param id        the dataset id (or the folder name for MRIO tables)
 * @param version   the dataset version, empty for MRIO tables
 * @param dataset   the Lodestone dataset the table was built from (groups, chokepoints), if any
 */
public record TableSource(IoTable table, String id, String version, Optional<Dataset> dataset) {

    /** Loads the table {@code reference} names; relative paths are tried against {@code scenarioFolder} first. */
    public static TableSource load(String reference, Path scenarioFolder) {
        if (reference.startsWith("mrio:")) {
            Path folder = resolve(reference.substring("mrio:".length()), scenarioFolder);
            return new TableSource(
                    MrioFolderReader.read(folder), folder.getFileName().toString(), "", Optional.empty());
        }
        if (reference.startsWith("pymrio:")) {
            Path folder = resolve(reference.substring("pymrio:".length()), scenarioFolder);
            return new TableSource(
                    PymrioTextReader.read(folder), folder.getFileName().toString(), "", Optional.empty());
        }
        String datasetReference = reference.startsWith("builtin:")
                ? reference
                : resolve(reference, scenarioFolder).toString();
        LoadedDataset loaded = DatasetLoader.load(datasetReference);
        return new TableSource(
                DatasetTables.of(loaded.dataset(), loaded.network()),
                loaded.dataset().info().id(),
                loaded.dataset().info().version(),
                Optional.of(loaded.dataset()));
    }

    private static Path resolve(String path, Path scenarioFolder) {
        Path p = Path.of(path);
        if (p.isAbsolute() || scenarioFolder == null) {
            return p;
        }
        Path besideScenario = scenarioFolder.resolve(p).normalize();
        return Files.exists(besideScenario) ? besideScenario : p;
    }
}
