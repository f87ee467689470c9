package org.lodestone.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Escaping, ids, links and axes of the report. */
class HtmlTest {

    @Test
    void escapesEveryCharacterThatEndsTextOrAnAttribute() {
        assertThat(Html.escape("<a href=\"x\">R&D's</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;R&amp;D&#39;s&lt;/a&gt;");
        assertThat(Html.row("td", List.of("<b>", "a&b"))).isEqualTo("<tr><td>&lt;b&gt;</td><td>a&amp;b</td></tr>\n");
    }

    @Test
    void linksOnlyWebAddresses() {
        assertThat(Html.link("https://example.org/?a=1&b=2", "Title"))
                .isEqualTo("<a href=\"https://example.org/?a=1&amp;b=2\">Title</a>");
        assertThat(Html.link("javascript:alert(1)", "T<")).isEqualTo("T&lt;");
        assertThat(Html.link("", "plain")).isEqualTo("plain");
    }

    @Test
    void idsAreLowerCaseWordsAndDashes() {
        assertThat(Html.id("REE controls: snap-back (2026)")).isEqualTo("ree-controls-snap-back-2026");
    }

    @Test
    void axesHaveNiceTicksCoveringTheRange() {
        Axis days = Axis.nice(0, 365, 8, 0, 100);
        assertThat(days.step()).isEqualTo(50);
        assertThat(days.ticks()).startsWith(0.0, 50.0).endsWith(400.0);

        Axis percent = Axis.nice(97.3, 100, 5, 300, 0);
        assertThat(percent.step()).isEqualTo(1);
        assertThat(percent.ticks()).containsExactly(97.0, 98.0, 99.0, 100.0);
        assertThat(percent.at(100)).isEqualTo(0);
        assertThat(percent.at(97)).isEqualTo(300);

        Axis fine = Axis.nice(99.95, 100.0, 5, 0, 1);
        assertThat(fine.label(99.96)).isEqualTo("99.96");
    }
}
