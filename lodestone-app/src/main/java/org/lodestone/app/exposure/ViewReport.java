package org.lodestone.app.exposure;

/** A report of {@code lodestone exposure} in its three formats. */
public interface ViewReport {

    /** Heading, aligned table(s) and notes for a terminal. */
    String table();

    /** A header line and one line per row, RFC 4180; shares in percent. */
    String csv();

    /** A JSON document with a {@code provenance} object. */
    String json();
}
