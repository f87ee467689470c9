package org.lodestone.io.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lodestone.core.scenario.EventSpec;
import org.lodestone.core.scenario.Scenario;
import org.lodestone.io.problem.InputException;
import org.lodestone.io.problem.Problem;

/** The bundled scenario library: index, files, required episodes, {@code builtin:NAME} references. */
class ScenarioLibraryTest {

    /** The episodes the library must cover (issue: "at least" these). */
    private static final List<String> REQUIRED = List.of(
            "ree-controls-snap-back",
            "gallium-germanium-ban",
            "graphite-controls",
            "taiwan-strait-closure",
            "malacca-closure",
            "korea-hbm-outage",
            "dutch-litho-halt",
            "photoresist-control",
            "dc-power-shortfall");

    static List<String> names() {
        return ScenarioLibrary.entries().stream()
                .map(ScenarioLibrary.Entry::name)
                .toList();
    }

    @Test
    void indexListsTheRequiredEpisodesOnceEachWithATitle() {
        List<ScenarioLibrary.Entry> entries = ScenarioLibrary.entries();

        assertThat(names()).containsAll(REQUIRED).doesNotHaveDuplicates();
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.name()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(e.title())
                    .isNotBlank()
                    .doesNotStartWith("\"")
                    .doesNotEndWith("\"")
                    .doesNotContain("\n");
        });
    }

    @Test
    void indexHasTheDocumentedHeaderAndQuotesTitlesWithCommas() throws IOException {
        List<String> lines = resource("index.csv").lines().toList();

        assertThat(lines.get(0)).isEqualTo("name,title");
        for (String line : lines.subList(1, lines.size())) {
            String title = line.substring(line.indexOf(',') + 1);
            if (title.contains(",")) {
                assertThat(title).as(line).startsWith("\"").endsWith("\"");
            }
        }
        assertThat(ScenarioLibrary.entries())
                .anySatisfy(e -> assertThat(e.title()).contains(","));
    }

    @ParameterizedTest
    @MethodSource("names")
    void everyScenarioReadsAndNamesItsFile(String name) {
        LocatedScenario located = ScenarioLibrary.read(name);
        Scenario s = located.scenario();

        assertThat(s.name()).isEqualTo(name);
        assertThat(located.file()).isEqualTo(Path.of(ScenarioLibrary.PREFIX + name));
        assertThat(s.dataset()).isEqualTo("builtin:ai-stack");
        assertThat(s.start()).isPresent();
        assertThat(s.start().get()).isAfter(LocalDate.of(2026, 1, 1));
        assertThat(s.coalition()).contains("pax-silica");
        assertThat(s.horizon()).isBetween(30, 3 * 365);
        assertThat(s.events()).isNotEmpty();
        assertThat(s.hash()).hasSize(64);
    }

    @ParameterizedTest
    @MethodSource("names")
    void everyScenarioCitesItsEpisodeAndStatesItsAssumptions(String name) throws IOException {
        String text = resource(name + ".yaml");

        assertThat(text).startsWith("#");
        assertThat(text).contains("# Episode modelled on:").contains("# Assumptions:");
    }

    @Test
    void readingThroughTheScenarioReaderAcceptsBuiltinReferences() {
        Scenario s =
                ScenarioReader.read(Path.of("builtin:taiwan-strait-closure")).scenario();

        assertThat(s.name()).isEqualTo("taiwan-strait-closure");
        assertThat(s.events()).singleElement().isInstanceOf(EventSpec.LogisticsDisruption.class);
    }

    @Test
    void theSnapBackStartsTheDayAfterAnnouncementNo70sSuspensionEnds() {
        Scenario s = ScenarioLibrary.read("ree-controls-snap-back").scenario();

        assertThat(s.start()).contains(LocalDate.of(2026, 11, 10));
        EventSpec.ExportControl control = (EventSpec.ExportControl) s.events().get(0);
        assertThat(control.start()).isEqualTo(1);
        assertThat(control.imposer()).isEqualTo("CHN");
        // Announcement No. 18's heavy rare earths and the magnets holding them; NdPr and La/Ce are not listed
        assertThat(control.commodities())
                .contains("dytb-oxide", "samarium-oxide", "ndfeb-magnet", "ndfeb-magnet-hre", "smco-magnet")
                .doesNotContain("ndpr-oxide", "rare-earth-oxide");
        assertThat(control.targets().group()).contains("pax-silica");
    }

    @ParameterizedTest
    @MethodSource("usBanSuspensionScenarios")
    void theUsBanScenariosStartTheDayAfterItsSuspensionEnds(String name) {
        Scenario s = ScenarioLibrary.read(name).scenario();

        // clause 2 of Announcement No. 46 (2024) was suspended until 2026-11-27
        assertThat(s.start()).contains(LocalDate.of(2026, 11, 27));
        EventSpec.ExportControl control = (EventSpec.ExportControl) s.events().get(0);
        assertThat(control.start()).isEqualTo(1);
        assertThat(control.imposer()).isEqualTo("CHN");
    }

    static List<String> usBanSuspensionScenarios() {
        return List.of("gallium-germanium-ban", "graphite-controls");
    }

    @Test
    void anUnknownNameIsAnErrorListingTheLibrary() {
        assertThatThrownBy(() -> ScenarioLibrary.read("taiwan-strait-closed"))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    Problem p = e.problems().get(0);
                    assertThat(p.file()).isEqualTo("builtin:taiwan-strait-closed");
                    assertThat(p.message()).contains("is not a bundled scenario");
                    assertThat(p.expected())
                            .contains("builtin:ree-controls-snap-back")
                            .contains("builtin:dc-power-shortfall");
                    assertThat(p.hint()).contains("taiwan-strait-closure");
                });
        assertThatThrownBy(() -> ScenarioReader.read(Path.of("builtin:nope")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("is not a bundled scenario");
    }

    private static String resource(String file) throws IOException {
        try (InputStream in = ScenarioLibrary.class.getResourceAsStream("/org/lodestone/io/scenarios/" + file)) {
            assertThat(in).as(file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
