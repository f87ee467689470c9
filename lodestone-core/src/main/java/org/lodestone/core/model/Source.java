package org.lodestone.core.model;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A cited source.
 *
 * @param id        its id
 * @param title     title of the document or page
 * @param publisher who published it
 * @param year      publication year, if known
 * @param url       where it was read, empty when none
 */
public record Source(SourceId id, String title, String publisher, OptionalInt year, String url) {

    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(year, "year");
        url = url == null ? "" : url;
    }
}
