package org.lodestone.app.api;

import java.util.OptionalInt;
import org.lodestone.store.library.Library;

/**
 * The one check of every id of a stored dataset or scenario that arrives in a request (a path, a
 * body or a {@code store:ID[@VERSION]} reference), made before anything touches the disk or the
 * store. Every id outside {@link Library#ID} gets the same answer, which does not echo the value,
 * so the answer says nothing about the server's files.
 */
final class StoredIds {

    static final String EXPECTED =
            "an id is 1-100 characters of a-z, 0-9, '.', '_', '-', starting with a letter or digit";

    /** A parsed {@code store:ID[@VERSION]}. */
    record Reference(String id, OptionalInt version) {}

    private StoredIds() {}

    /**
     * @throws BadRequest naming {@code field} when {@code id} is not an id
     */
    static String require(String field, String id) {
        if (id == null || !Library.ID.matcher(id).matches()) {
            throw new BadRequest(field, "is not a valid id; " + EXPECTED);
        }
        return id;
    }

    /**
     * The id and version of {@code store:ID[@VERSION]} ({@code text} without its {@code store:}).
     *
     * @throws BadRequest naming {@code field} for a bad id or a version that is not a whole number from 1
     */
    static Reference reference(String field, String text) {
        String[] parts = text.split("@", 2);
        String id = require(field, parts[0]);
        if (parts.length == 1) {
            return new Reference(id, OptionalInt.empty());
        }
        try {
            int version = Integer.parseInt(parts[1]);
            if (version >= 1) {
                return new Reference(id, OptionalInt.of(version));
            }
        } catch (NumberFormatException e) {
            // answered below, the same way as a version below 1
        }
        throw new BadRequest(
                field,
                "version '" + abbreviate(parts[1]) + "' is not a whole number from 1; expected store:ID@VERSION");
    }

    private static String abbreviate(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }
}
