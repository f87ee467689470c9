package org.lodestone.app.exposure;

import java.time.LocalDate;
import java.util.Optional;
import org.lodestone.app.run.Scope;
import org.lodestone.core.coalition.Coalition;
import org.lodestone.core.coalition.Group;
import org.lodestone.core.coalition.Membership;
import org.lodestone.core.exposure.ExposureAnalysis;
import org.lodestone.core.model.Dataset;
import org.lodestone.io.dataset.DatasetLoader;
import org.lodestone.io.problem.InputException;
import org.lodestone.io.problem.Problem;

/** Loads a dataset (or MRIO table) and measures a coalition's exposure in the requested view. */
public final class ExposureUseCase {

    private ExposureUseCase() {}

    /**
     * The first-tier summary of a group.
     *
     * @param datasetReference {@code builtin:NAME} or a dataset folder
     * @param coalition        group id; the dataset's default coalition when empty
     * @param date             the date on which membership is evaluated
     * @throws InputException if the dataset is invalid, the coalition unknown or without members on the date
     */
    public static ExposureReport run(String datasetReference, Optional<String> coalition, LocalDate date) {
        return summary(DatasetLoader.load(datasetReference).dataset(), coalition, date);
    }

    private static ExposureReport summary(Dataset dataset, Optional<String> coalition, LocalDate date) {
        Group group = coalition(dataset, coalition.orElse(dataset.info().defaultCoalition()));
        Scope.noMembers(group, date).ifPresent(p -> {
            throw InputException.of(p);
        });
        return new ExposureReport(dataset.info(), group, date, ExposureAnalysis.analyse(dataset, group, date));
    }

    /**
     * Any view of a request.
     *
     * @throws InputException with every problem of the dataset or the options, each located
     */
    public static ViewReport run(ExposureRequest request) {
        if (request.view() == ExposureView.SUMMARY
                && request.add().isEmpty()
                && request.remove().isEmpty()
                && !request.dataset().startsWith(AnalysisSource.MRIO)) {
            Dataset dataset = DatasetLoader.load(request.dataset()).dataset();
            if (request.coalition().isEmpty()
                    || dataset.group(request.coalition().get()).isPresent()) {
                return summary(dataset, request.coalition(), request.date());
            }
        }
        AnalysisContext context = AnalysisContext.resolve(request);
        return switch (request.view()) {
            case SUMMARY -> summary(context);
            case TIERS -> new TiersReport(context);
            case EXTRACTION -> context.cut().isPresent() ? new CutReport(context) : new RankingReport(context);
            case CHOKEPOINTS -> new ChokepointReport(context);
            case CRITICALITY -> new CriticalityReport(context);
        };
    }

    /** The summary of an explicit member list or of a what-if, with the change from the baseline when regions join or leave. */
    private static ViewReport summary(AnalysisContext context) {
        Dataset dataset = context.source().dataset().orElseThrow();
        ExposureReport now = summary(dataset, context.coalition());
        return context.coalition().isWhatIf()
                ? new SummaryWhatIfReport(
                        now, summary(dataset, context.coalition().baseline()))
                : now;
    }

    private static ExposureReport summary(Dataset dataset, Coalition coalition) {
        Group group = new Group(
                coalition.label(),
                coalition.label(),
                coalition.members().stream().map(Membership::always).toList());
        return new ExposureReport(
                dataset.info(), group, coalition.date(), ExposureAnalysis.analyse(dataset, group, coalition.date()));
    }

    private static Group coalition(Dataset dataset, String id) {
        return dataset.group(id)
                .orElseThrow(() -> InputException.of(new Problem(
                        Problem.Severity.ERROR,
                        "--coalition",
                        0,
                        0,
                        "coalition",
                        id,
                        "is not a group of dataset " + dataset.info().id(),
                        "one of "
                                + String.join(
                                        ", ",
                                        dataset.groups().stream().map(Group::id).toList()),
                        "")));
    }
}
