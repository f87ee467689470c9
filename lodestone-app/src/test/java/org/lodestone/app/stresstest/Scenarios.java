package org.lodestone.app.stresstest;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** The scenario files of the tests (test resources): an export control with a stock release, a fab outage, a chokepoint closure. */
final class Scenarios {

    static final List<String> NAMES = List.of("server-controls", "fab-outage", "malacca");

    private Scenarios() {}

    /** The files' paths, in {@link #NAMES} order. */
    static List<String> files() {
        return NAMES.stream().map(Scenarios::file).toList();
    }

    static String file(String name) {
        try {
            return Path.of(Scenarios.class.getResource(name + ".yaml").toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
