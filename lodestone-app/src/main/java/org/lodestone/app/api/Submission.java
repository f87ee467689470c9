package org.lodestone.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Optional;
import org.lodestone.app.run.Scope;
import org.lodestone.core.coalition.Group;
import org.lodestone.core.model.Dataset;
import org.lodestone.core.scenario.Scenario;
import org.lodestone.io.problem.InputException;
import org.lodestone.store.access.Principal;

/**
 * A run or ensemble request, checked before it is queued, so that what would fail, or hold a job
 * slot for too long, is a 400 at once rather than a failed run: the scenario and its dataset (both
 * readable by the caller), the horizon ({@value #MAX_HORIZON} steps at most), the coalition (a
 * group of the dataset with members on the date), and for ensembles the members ({@value
 * #MAX_MEMBERS} at most, and {@value #MAX_MEMBER_STEPS} members × steps).
 *
 * @param scenario  the scenario
 * @param dataset   its dataset as the scenario names it ({@code builtin:NAME} or {@code store:ID[@V]})
 * @param resolved  the dataset as the analyses load it
 * @param coalition the coalition asked for, if any
 * @param date      the membership date
 */
record Submission(
        ScenarioCatalog.Resolved scenario,
        String dataset,
        String resolved,
        Optional<String> coalition,
        LocalDate date) {

    /** Steps of one run, at most: ten years of days (the bundled scenarios run 365). */
    static final int MAX_HORIZON = 3_650;

    /** Members of one ensemble, at most. */
    static final int MAX_MEMBERS = 5_000;

    /** Members × steps of one ensemble, at most: about 2,700 members of a year, a few minutes of one thread. */
    static final long MAX_MEMBER_STEPS = 1_000_000;

    /**
     * Reads {@code {"scenario", "coalition"?, "date"?}}.
     *
     * @throws BadRequest naming the field that will not do
     * @throws InputException for a coalition with no members on the date (located at {@code coalition})
     */
    static Submission read(Principal caller, JsonNode body, ScenarioCatalog scenarios, DatasetRoutes datasets) {
        ScenarioCatalog.Resolved scenario = scenarios.resolve(caller, Json.text(body, "scenario"));
        Scenario s = scenario.entry().scenario();
        if (s.horizon() > MAX_HORIZON) {
            throw new BadRequest(
                    "horizon",
                    "the scenario's horizon is " + s.horizon() + " steps; a run on this server has at most "
                            + MAX_HORIZON + ". Maybe shorten it, or run it with the command line");
        }
        String resolved = datasets.resolve(caller, s.dataset());
        Optional<String> coalition = Optional.ofNullable(body.get("coalition"))
                .filter(c -> !c.isNull())
                .map(c -> text(c, "coalition"));
        LocalDate date = ExposureRoutes.date(body.hasNonNull("date") ? text(body.get("date"), "date") : null);
        checkCoalition(datasets.dataset(resolved), coalition.or(s::coalition), date);
        return new Submission(scenario, s.dataset(), resolved, coalition, date);
    }

    /**
     * The number of members asked for ({@code "runs"}, 200 when absent), within the limits.
     *
     * @throws BadRequest naming {@code runs}
     */
    int members(JsonNode body) {
        JsonNode runs = body.get("runs");
        if (runs == null) {
            return 200; // 200 x MAX_HORIZON is within MAX_MEMBER_STEPS
        }
        if (!runs.isInt() || runs.asInt() < 1 || runs.asInt() > MAX_MEMBERS) {
            throw new BadRequest("runs", "'" + runs.asText() + "' is not a whole number from 1 to " + MAX_MEMBERS);
        }
        long steps = (long) runs.asInt() * scenario.entry().scenario().horizon();
        if (steps > MAX_MEMBER_STEPS) {
            throw new BadRequest(
                    "runs",
                    runs.asInt() + " members of " + scenario.entry().scenario().horizon() + " steps are " + steps
                            + " member-steps; an ensemble on this server has at most " + MAX_MEMBER_STEPS
                            + ". Maybe ask for at most "
                            + MAX_MEMBER_STEPS / scenario.entry().scenario().horizon()
                            + " members");
        }
        return runs.asInt();
    }

    private static void checkCoalition(Dataset dataset, Optional<String> coalition, LocalDate date) {
        String id = coalition.orElse(dataset.info().defaultCoalition());
        Group group = dataset.group(id)
                .orElseThrow(() -> new BadRequest(
                        "coalition",
                        "'" + Names.abbreviate(id) + "' is not a group of dataset "
                                + dataset.info().id()
                                + "; expected one of "
                                + String.join(
                                        ", ",
                                        dataset.groups().stream().map(Group::id).toList())));
        Scope.noMembers(group, date).ifPresent(p -> {
            throw InputException.of(p);
        });
    }

    private static String text(JsonNode value, String field) {
        if (!value.isTextual()) {
            throw new BadRequest(field, "must be a string");
        }
        return value.asText();
    }
}
