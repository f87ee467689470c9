package org.lodestone.store.library;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Who besides the owner (and admins) may read a dataset or scenario. */
public enum Visibility {
    /** Nobody else. */
    PRIVATE,
    /** The named users. */
    USERS,
    /** The members of one group. */
    GROUP;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException naming the value and the valid ones */
    public static Visibility parse(String text) {
        for (Visibility v : values()) {
            if (v.key().equals(text)) {
                return v;
            }
        }
        throw new IllegalArgumentException("visibility '" + text + "' is unknown; expected one of "
                + Arrays.stream(values()).map(Visibility::key).collect(Collectors.joining(", ")));
    }
}
