package org.lodestone.app.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A world map as inline SVG: the Natural Earth 1:110m country shapes packaged with the dashboard
 * ({@code dashboard/vendor/world/countries-110m.geo.json}, public domain, see its README) in an
 * equirectangular projection cropped to 58°S–84°N, each country filled as the caller says, and
 * labelled markers (chokepoints). Countries too small for the scale (Singapore) are drawn as
 * diamonds. The same file is the dashboard's ECharts map, so both show the same shapes.
 */
public final class WorldMap {

    /** The country shapes, ISO 3166-1 alpha-3 code → outline. */
    static final String SHAPES = "/org/lodestone/app/dashboard/vendor/world/countries-110m.geo.json";
    /** Where the chokepoints are drawn. */
    static final String CHOKEPOINTS = "/org/lodestone/app/dashboard/map/chokepoints.json";

    private static final double NORTH = 84;
    private static final double SOUTH = -58;
    private static final int WIDTH = 920;
    private static final int HEIGHT = (int) Math.round(WIDTH * (NORTH - SOUTH) / 360);

    /** The fill of a country and the tooltip it shows. */
    public record Fill(String colour, String tooltip) {}

    /** A labelled point, e.g. a chokepoint. */
    public record Marker(String label, double lon, double lat, String tooltip) {}

    /** One country's outline: its rings of (longitude, latitude) points. */
    record Country(String iso3, String name, List<double[][]> rings) {}

    private static final class Loaded {
        static final Map<String, Country> COUNTRIES = countries();
        static final Map<String, double[]> PLACES = chokepoints();
    }

    private WorldMap() {}

    /** Every country with a shape, by ISO 3166-1 alpha-3 code, sorted by code. */
    public static Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        Loaded.COUNTRIES.values().forEach(c -> names.put(c.iso3(), c.name()));
        return names;
    }

    /** The drawn position (longitude, latitude) of a chokepoint, if the map knows it. */
    public static Optional<double[]> chokepoint(String id) {
        return Optional.ofNullable(Loaded.PLACES.get(id)).map(double[]::clone);
    }

    /**
     * The map: countries in {@code fills} coloured, the others pale grey, then the markers.
     *
     * @param title   the SVG title (for screen readers)
     * @param fills   ISO alpha-3 code → fill; codes without a shape (aggregates) are ignored
     * @param markers points drawn on top, with their labels
     */
    public static String svg(String title, Map<String, Fill> fills, List<Marker> markers) {
        StringBuilder svg =
                new StringBuilder(Svg.open(WIDTH, HEIGHT, title).replace("class=\"chart\"", "class=\"chart map\""));
        svg.append("<rect class=\"sea\" x=\"0\" y=\"0\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(HEIGHT)
                .append("\"/>\n");
        for (Country c : Loaded.COUNTRIES.values()) {
            Fill fill = fills.get(c.iso3());
            svg.append("<path class=\"country\" data-iso3=\"")
                    .append(c.iso3())
                    .append("\" fill=\"")
                    .append(fill == null ? "#e3e3e3" : Html.escape(fill.colour()))
                    .append("\" d=\"")
                    .append(path(c))
                    .append("\"><title>")
                    .append(Html.escape(c.name() + (fill == null ? "" : ": " + fill.tooltip())))
                    .append("</title></path>\n");
        }
        for (Marker m : markers) {
            double x = x(m.lon());
            double y = y(m.lat());
            svg.append("<g class=\"marker\"><circle cx=\"")
                    .append(Html.coordinate(x))
                    .append("\" cy=\"")
                    .append(Html.coordinate(y))
                    .append("\" r=\"5\"><title>")
                    .append(Html.escape(m.tooltip()))
                    .append("</title></circle>")
                    .append(Svg.text("marker-label", x + 8, y + 4, m.label(), "", "start"))
                    .append("</g>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    private static String path(Country c) {
        StringBuilder d = new StringBuilder();
        for (double[][] ring : c.rings()) {
            for (int i = 0; i < ring.length; i++) {
                d.append(i == 0 ? 'M' : 'L')
                        .append(Html.coordinate(x(ring[i][0])))
                        .append(',')
                        .append(Html.coordinate(y(ring[i][1])));
            }
            d.append('Z');
        }
        return d.toString();
    }

    static double x(double lon) {
        return (lon + 180) / 360 * WIDTH;
    }

    static double y(double lat) {
        return (NORTH - Math.max(SOUTH, Math.min(NORTH, lat))) / (NORTH - SOUTH) * HEIGHT;
    }

    private static Map<String, Country> countries() {
        Map<String, Country> countries = new LinkedHashMap<>();
        for (JsonNode feature : read(SHAPES).get("features")) {
            JsonNode geometry = feature.get("geometry");
            List<double[][]> rings = new ArrayList<>();
            JsonNode coordinates = geometry.get("coordinates");
            if (geometry.get("type").asText().equals("Polygon")) {
                coordinates.forEach(ring -> rings.add(ring(ring)));
            } else {
                coordinates.forEach(polygon -> polygon.forEach(ring -> rings.add(ring(ring))));
            }
            String iso3 = feature.get("properties").get("iso3").asText();
            countries.put(
                    iso3,
                    new Country(iso3, feature.get("properties").get("name").asText(), rings));
        }
        return countries;
    }

    private static double[][] ring(JsonNode ring) {
        double[][] points = new double[ring.size()][];
        for (int i = 0; i < ring.size(); i++) {
            points[i] = new double[] {
                ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble()
            };
        }
        return points;
    }

    private static Map<String, double[]> chokepoints() {
        Map<String, double[]> places = new LinkedHashMap<>();
        for (JsonNode c : read(CHOKEPOINTS).get("chokepoints")) {
            places.put(
                    c.get("id").asText(),
                    new double[] {c.get("lon").asDouble(), c.get("lat").asDouble()});
        }
        return places;
    }

    private static JsonNode read(String resource) {
        try (InputStream in = WorldMap.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " (packaged with the app)");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
