package org.lodestone.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lodestone.core.model.Chokepoint;
import org.lodestone.io.dataset.DatasetLoader;

/** The packaged country shapes, the projection and the SVG the report draws from them. */
class WorldMapTest {

    @Test
    void everyCountryOfTheBundledDatasetHasAShape() {
        Map<String, String> names = WorldMap.names();
        assertThat(names)
                .hasSize(174)
                .containsEntry("USA", "United States of America")
                .containsKey("TWN");
        assertThat(names).as("Singapore, drawn as a marker at 1:110m").containsKey("SGP");
        var dataset = DatasetLoader.load("builtin:ai-stack").dataset();
        List<String> countries = dataset.regions().stream()
                .map(r -> r.id())
                .filter(r -> !r.isAggregate())
                .map(r -> r.code())
                .toList();
        assertThat(names.keySet()).containsAll(countries);
        assertThat(dataset.chokepoints())
                .as("every chokepoint has a place on the map")
                .allSatisfy(c -> assertThat(WorldMap.chokepoint(c.id())).isPresent());
        assertThat(dataset.chokepoints().stream().map(Chokepoint::id)).contains("malacca");
    }

    @Test
    void theProjectionIsEquirectangularFrom58SouthTo84North() {
        assertThat(WorldMap.x(-180)).isZero();
        assertThat(WorldMap.x(180)).isEqualTo(920);
        assertThat(WorldMap.x(0)).isEqualTo(460);
        // height 920 × 142 / 360 = 362.9 → 363 pixels; the equator is 84/142 of the way down
        assertThat(WorldMap.y(84)).isZero();
        assertThat(WorldMap.y(-58)).isEqualTo(363);
        assertThat(WorldMap.y(0)).isCloseTo(363 * 84 / 142.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(WorldMap.y(-80)).as("clipped to the south edge").isEqualTo(363);
    }

    @Test
    void drawsEveryCountryFilledAsAskedWithEscapedTooltipsAndMarkers() {
        String svg = WorldMap.svg(
                "a <map>",
                Map.of("USA", new WorldMap.Fill("#1f6fb2", "member <b>"), "XEU", new WorldMap.Fill("#000000", "x")),
                List.of(new WorldMap.Marker("Null Island", 0, 0, "lat 0, lon 0")));
        assertThat(Pattern.compile("<path class=\"country\"")
                        .matcher(svg)
                        .results()
                        .count())
                .isEqualTo(174);
        assertThat(svg)
                .contains("<title>a &lt;map&gt;</title>")
                .contains("data-iso3=\"USA\" fill=\"#1f6fb2\"")
                .contains("<title>United States of America: member &lt;b&gt;</title>")
                .contains("data-iso3=\"FRA\" fill=\"#e3e3e3\"")
                .doesNotContain("#000000")
                .contains("<circle cx=\"460.0\" cy=\"214.7\" r=\"5\"><title>lat 0, lon 0</title>")
                .contains(">Null Island</text>");
        assertThat(Pattern.compile(" d=\"M[-0-9.,LMZ]+Z\"")
                        .matcher(svg)
                        .results()
                        .count())
                .as("every outline is closed")
                .isEqualTo(174);
    }
}
