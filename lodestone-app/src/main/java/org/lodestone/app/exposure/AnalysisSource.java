package org.lodestone.app.exposure;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.lodestone.core.dependency.StackTable;
import org.lodestone.core.model.Dataset;
import org.lodestone.io.dataset.DatasetLoader;
import org.lodestone.io.dataset.LoadedDataset;
import org.lodestone.io.mrio.MrioFolderReader;

/**
 * The table a dependency analysis runs on, and the dataset behind it if there is one.
 *
 * @param reference how the user named it
 * @param id        the dataset id, or the MRIO folder's name
 * @param version   the dataset version; empty for an MRIO folder
 * @param stack     the table with its sectors
 * @param dataset   the dataset (groups, commodities, provenance); empty for an MRIO folder
 */
public record AnalysisSource(String reference, String id, String version, StackTable stack, Optional<Dataset> dataset) {

    /** The prefix of an MRIO folder reference. */
    public static final String MRIO = "mrio:";

    public AnalysisSource {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(stack, "stack");
        Objects.requireNonNull(dataset, "dataset");
    }

    /**
     * Loads {@code builtin:NAME}, a dataset folder or {@code mrio:PATH}.
     *
     * @throws org.lodestone.io.problem.InputException if the input is invalid
     */
    public static AnalysisSource load(String reference) {
        if (reference.startsWith(MRIO)) {
            Path folder = Path.of(reference.substring(MRIO.length()));
            StackTable stack = StackTable.monetary(MrioFolderReader.read(folder));
            Path name = folder.toAbsolutePath().normalize().getFileName();
            return new AnalysisSource(
                    reference, name == null ? folder.toString() : name.toString(), "", stack, Optional.empty());
        }
        LoadedDataset loaded = DatasetLoader.load(reference);
        Dataset dataset = loaded.dataset();
        return new AnalysisSource(
                reference,
                dataset.info().id(),
                dataset.info().version(),
                StackTable.of(dataset, loaded.network()),
                Optional.of(dataset));
    }

    /** True for an MRIO folder. */
    public boolean isMrio() {
        return dataset.isEmpty();
    }
}
