package org.lodestone.store.library;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.lodestone.store.access.Principal;
import org.lodestone.store.access.Role;

/**
 * The owner of a dataset or scenario and who else may read it.
 *
 * @param owner      the user who created it
 * @param visibility private, named users or a group
 * @param users      the users it is shared with (visibility {@code users})
 * @param group      the group it is shared with (visibility {@code group})
 */
public record Sharing(String owner, Visibility visibility, Set<String> users, Optional<String> group) {

    public Sharing {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(visibility, "visibility");
        users = Set.copyOf(users);
        Objects.requireNonNull(group, "group");
        if (visibility == Visibility.GROUP && group.isEmpty()) {
            throw new IllegalArgumentException("group: visibility 'group' needs the name of the group to share with");
        }
        if (visibility == Visibility.USERS && users.isEmpty()) {
            throw new IllegalArgumentException("users: visibility 'users' needs at least one user name to share with");
        }
    }

    /** Owned by {@code owner} and shared with nobody. */
    public static Sharing privateTo(String owner) {
        return new Sharing(owner, Visibility.PRIVATE, Set.of(), Optional.empty());
    }

    /** The owner, admins, and whoever the visibility names. */
    public boolean readableBy(Principal p) {
        return writableBy(p)
                || switch (visibility) {
                    case PRIVATE -> false;
                    case USERS -> users.contains(p.name());
                    case GROUP -> p.groups().contains(group.get());
                };
    }

    /** The owner and admins. */
    public boolean writableBy(Principal p) {
        return p.name().equals(owner) || p.can(Role.ADMIN);
    }
}
