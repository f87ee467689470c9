package org.lodestone.io.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lodestone.core.backtest.ObservedMetric;
import org.lodestone.io.problem.InputException;

/** The bundled episodes: all read, every metric cites a listed source, unknown names get a hint. */
class EpisodeLibraryTest {

    @Test
    void everyBundledEpisodeReadsAndCitesItsSources() {
        List<Episode> episodes = EpisodeLibrary.readAll();

        assertThat(episodes).hasSize(8);
        assertThat(episodes).extracting(Episode::name).doesNotHaveDuplicates();
        for (Episode e : episodes) {
            assertThat(e.scenario().scenario().start()).as(e.name()).isPresent();
            assertThat(e.metrics()).as(e.name()).isNotEmpty();
            List<String> ids = e.sources().stream().map(Episode.Source::id).toList();
            for (Episode.Metric m : e.metrics()) {
                ObservedMetric o = m.observed();
                assertThat(ids).as(e.name() + " " + o.id()).containsAll(o.sources());
            }
        }
    }

    @Test
    void theNegativeControlsHaveOneSidedFloors() {
        for (String name : List.of("japan-korea-2019", "neon-2022")) {
            Episode e = EpisodeLibrary.read(name);
            assertThat(e.metrics())
                    .as(name)
                    .anyMatch(m -> m.observed().band().oneSided()
                            && m.observed().band().min().isPresent());
        }
    }

    @Test
    void anUnknownNameListsTheEpisodesWithAHint() {
        InputException e = catchThrowableOfType(InputException.class, () -> EpisodeLibrary.open("builtin:neon-202"));

        assertThat(e.problems().get(0).format())
                .startsWith("builtin:neon-202: error: episode 'neon-202' is not a bundled episode; expected one of"
                        + " builtin:ree-licensing-2025,")
                .endsWith("Maybe you meant neon-2022");
    }
}
