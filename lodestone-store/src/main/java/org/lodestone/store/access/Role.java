package org.lodestone.store.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a user may do; each role can do everything the roles before it can. */
public enum Role {
    /** Reads what is shared with them. */
    VIEWER,
    /** Also creates scenarios and datasets and starts runs. */
    ANALYST,
    /** Also manages users and tokens, and reads everything. */
    ADMIN;

    /** The lower-case name used in the API and on the command line. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean atLeast(Role other) {
        return compareTo(other) >= 0;
    }

    /**
     * @throws IllegalArgumentException naming the value and listing the roles
     */
    public static Role parse(String text) {
        for (Role r : values()) {
            if (r.key().equals(text)) {
                return r;
            }
        }
        throw new IllegalArgumentException("role '" + text + "' is unknown; expected one of "
                + Arrays.stream(values()).map(Role::key).collect(Collectors.joining(", ")));
    }
}
