package org.lodestone.app.exposure;

import java.time.LocalDate;
import java.util.Optional;
import org.lodestone.core.coalition.Group;
import org.lodestone.core.exposure.ExposureAnalysis;
import org.lodestone.core.model.Dataset;
import org.lodestone.io.dataset.DatasetLoader;
import org.lodestone.io.problem.InputException;
import org.lodestone.io.problem.Problem;

/** Loads a dataset and measures a coalition's exposure on a date. */
public final class ExposureUseCase {

    private ExposureUseCase() {}

    /**
     * @param datasetReference {@code builtin:NAME} or a dataset folder
     * @param coalition        group id; the dataset's default coalition when empty
     * @param date             the date on which membership is evaluated
     * @throws InputException if the dataset is invalid or the coalition unknown
     */
    public static ExposureReport run(String datasetReference, Optional<String> coalition, LocalDate date) {
        Dataset dataset = DatasetLoader.load(datasetReference).dataset();
        Group group = coalition(dataset, coalition.orElse(dataset.info().defaultCoalition()));
        return new ExposureReport(dataset.info(), group, date, ExposureAnalysis.analyse(dataset, group, date));
    }

    private static Group coalition(Dataset dataset, String id) {
        return dataset.group(id).orElseThrow(() -> InputException.of(new Problem(Problem.Severity.ERROR, "--coalition", 0, 0,
                "coalition", id, "is not a group of dataset " + dataset.info().id(),
                "one of " + String.join(", ", dataset.groups().stream().map(Group::id).toList()), "")));
    }
}
