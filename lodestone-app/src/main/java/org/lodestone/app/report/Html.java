package org.lodestone.app.report;

import java.util.List;
import java.util.Locale;

/** Small helpers for writing HTML and SVG text: escaping and table rows. */
public final class Html {

    private Html() {}

    /** {@code text} safe inside an element or a quoted attribute: {@code & < > " '} are escaped. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A table row of escaped cells; {@code tag} is {@code td} or {@code th}. */
    public static String row(String tag, List<String> cells) {
        StringBuilder out = new StringBuilder("<tr>");
        for (String cell : cells) {
            out.append('<')
                    .append(tag)
                    .append('>')
                    .append(escape(cell))
                    .append("</")
                    .append(tag)
                    .append('>');
        }
        return out.append("</tr>\n").toString();
    }

    /** An id usable in {@code id=""} and {@code href="#"}: lower-case letters, digits and dashes. */
    public static String id(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** A link when {@code url} is http(s), else the escaped text alone. */
    public static String link(String url, String text) {
        if (url.startsWith("https://") || url.startsWith("http://")) {
            return "<a href=\"" + escape(url) + "\">" + escape(text) + "</a>";
        }
        return escape(text);
    }

    /** A coordinate with one decimal. */
    public static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
