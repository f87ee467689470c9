package org.lodestone.store.access;

import java.util.Objects;
import java.util.Set;

/**
 * The user behind a request: name, role and the groups they belong to.
 *
 * @param name   the user name
 * @param role   their role
 * @param groups the groups they are a member of
 */
public record Principal(String name, Role role, Set<String> groups) {

    public Principal {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        groups = Set.copyOf(groups);
    }

    public boolean can(Role needed) {
        return role.atLeast(needed);
    }
}
