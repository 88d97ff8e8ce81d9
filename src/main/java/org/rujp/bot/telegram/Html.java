package org.rujp.bot.telegram;

/** Bot API HTML: escaping user and knowledge text, and turning our own HTML back into plain text. */
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

    /** Removes tags and unescapes the entities {@link #escape} writes (the plain-text fallback). */
    public static String toPlain(String html) {
        String noTags = html.replaceAll("<[^>]*>", "");
        return noTags.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }
}
