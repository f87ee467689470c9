package org.lodestone.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Values shared by the commands. */
final class Options {

    private Options() {}

    /** Lodestone's version, as recorded in result files. */
    static String version() {
        try {
            return new LodestoneCommand.Version().getVersion()[0].replace("lodestone ", "");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the version", e);
        }
    }
}
