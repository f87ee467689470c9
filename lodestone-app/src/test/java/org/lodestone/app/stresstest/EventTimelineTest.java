package org.lodestone.app.stresstest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lodestone.app.run.Scope;
import org.lodestone.core.scenario.EventSpec;

/** The report's event timeline: one bar per event on the day axis, dates under the ticks. */
class EventTimelineTest {

    private static Scope scope;
    private static List<EventSpec> events;

    @BeforeAll
    static void load() {
        scope = Scope.load("builtin:ai-stack", Optional.empty(), LocalDate.of(2026, 11, 10));
        events = ScenarioSet.read(List.of(Scenarios.file("malacca")), "builtin:ai-stack")
                .get(0)
                .scenario()
                .events();
    }

    @Test
    void aScenarioWithAStartDateShowsEachDayTicksDate() {
        String svg = EventTimeline.svg(events, List.of(), scope, 240, "day", Optional.of(LocalDate.of(2026, 11, 10)));

        // 240 days in ticks of 50: day 0 is the start; day 50 is 20 days of November, 30 later;
        // day 200 is 2026-11-10 + 200 = 2027-05-29 (20 + 31 + 31 + 28 + 31 + 30 + 29)
        assertThat(svg)
                .contains(">2026-11-10</text>")
                .contains(">2026-12-30</text>")
                .contains(">2027-05-29</text>");
        assertThat(count(svg, "class=\"tick-date\""))
                .as("one date under each day tick")
                .isEqualTo(count(svg, "class=\"tick-label\""))
                .isPositive();
        assertThat(svg).contains("class=\"event-bar\"").contains(">day</text>");
    }

    @Test
    void withoutAStartDateTheTicksAreDayNumbersOnly() {
        String dated = EventTimeline.svg(events, List.of(), scope, 240, "day", Optional.of(LocalDate.of(2026, 11, 10)));
        String plain = EventTimeline.svg(events, List.of(), scope, 240, "day", Optional.empty());

        assertThat(plain).doesNotContain("tick-date").contains(">200</text>");
        assertThat(height(dated)).as("the dates get a row of their own").isEqualTo(height(plain) + 12);
    }

    private static int count(String svg, String what) {
        return svg.split(what, -1).length - 1;
    }

    private static int height(String svg) {
        int at = svg.indexOf("height=\"") + 8;
        return Integer.parseInt(svg.substring(at, svg.indexOf('"', at)));
    }
}
