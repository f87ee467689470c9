package org.lodestone.core.shortfall;

import java.util.Locale;

/** Whose outcome a reporting unit is. */
public enum Role {
    /** The coalition: its members' own nodes together. */
    COALITION,
    /** One member of the coalition on the date. */
    MEMBER,
    /** A region outside the coalition (aggregates included), for context. */
    OTHER;

    /** The role as written in reports and files: {@code coalition}, {@code member}, {@code other}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
