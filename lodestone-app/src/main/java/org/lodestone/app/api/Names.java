package org.lodestone.app.api;

/**
 * Free text that the server stores and shows to other users (token labels, scenario names):
 * printable, without control characters or the bidirectional formatting characters (U+202A-U+202E,
 * U+2066-U+2069, U+200E, U+200F, U+061C) that make a name display as something else ("Trojan
 * Source", CVE-2021-42574).
 */
final class Names {

    /** What a name may hold, for messages. */
    static final String EXPECTED = "text without control or bidirectional formatting characters";

    private Names() {}

    /** Whether {@code text} holds no control or bidirectional formatting character. */
    static boolean printable(String text) {
        return text.codePoints().noneMatch(c -> Character.isISOControl(c) || bidi(c));
    }

    private static boolean bidi(int c) {
        return (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200E
                || c == 0x200F
                || c == 0x061C;
    }

    /** {@code text} cut to 40 characters, for echoing a value back without echoing a huge one. */
    static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
