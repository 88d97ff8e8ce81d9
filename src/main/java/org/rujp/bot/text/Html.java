package org.rujp.bot.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Bot API HTML ({@code parse_mode=HTML}), shared by answers, digests and reports: escaping user and
 * knowledge text, a few tags, the plain-text fallback, and splitting under the message size limit.
 */
public final class Html {
    private Html() {
    }

    /** Escapes {@code &}, {@code <}, {@code >} and {@code "}, so that any text is safe inside our HTML. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    public static String bold(String text) {
        return "<b>" + escape(text) + "</b>";
    }

    public static String italic(String text) {
        return "<i>" + escape(text) + "</i>";
    }

    /** {@code <a href="URL">html</a>}: the address escaped for the attribute, {@code html} already escaped markup. */
    public static String link(String url, String html) {
        return "<a href=\"" + escape(url) + "\">" + html + "</a>";
    }

    /**
     * Removes tags and unescapes the entities {@link #escape} writes (the plain-text fallback); a link keeps its
     * address after its text: "Headline (https://...)".
     */
    public static String toPlain(String html) {
        String links = html.replaceAll("<a href=\"([^\"]*)\">(.*?)</a>", "$2 ($1)");
        String noTags = links.replaceAll("<[^>]*>", "");
        return noTags.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }

    /**
     * Splits escaped text (no tags) into chunks of at most {@code max} characters, preferring paragraph
     * breaks, then sentence ends, then spaces; never inside an entity such as {@code &amp;} or a surrogate pair.
     */
    public static List<String> split(String escaped, int max) {
        if (max < 16) {
            throw new IllegalArgumentException("chunks of " + max + " characters are too small");
        }
        List<String> chunks = new ArrayList<>();
        String rest = escaped;
        while (rest.length() > max) {
            int cut = cutPoint(rest, max);
            chunks.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty() || chunks.isEmpty()) {
            chunks.add(rest);
        }
        return chunks;
    }

    private static int cutPoint(String text, int max) {
        String window = text.substring(0, max);
        int cut = window.lastIndexOf("\n\n");
        if (cut < max / 2) {
            cut = Math.max(Math.max(window.lastIndexOf(". "), window.lastIndexOf("。")), Math.max(window.lastIndexOf("! "),
                    window.lastIndexOf("? ")));
            cut = cut >= 0 ? cut + 1 : cut;
        }
        if (cut < max / 2) {
            cut = Math.max(window.lastIndexOf(' '), window.lastIndexOf('\n'));
        }
        if (cut < max / 2) {
            cut = max;
            int amp = window.lastIndexOf('&');
            if (amp > window.lastIndexOf(';')) {
                cut = amp;
            }
            if (Character.isHighSurrogate(text.charAt(cut - 1))) {
                cut--;
            }
        }
        return cut;
    }
}
