package org.rujp.bot.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Something an article's saved page prints around the news: a teaser of another story, an advertisement, a widget.
 * Never knowledge: it is kept, as the phrases a question would name it by, so that a question about it is told it
 * is not what the article says.
 *
 * @param source  the id of the article whose page prints it
 * @param kind    {@code teaser}, {@code ad}, {@code widget} or {@code photo} (a photo's credit)
 * @param phrases per language, the phrases naming it ("joint naval drills", "Gulf of Aden")
 */
public record Furniture(String source, String kind, Map<Lang, List<String>> phrases) {
    public static final Set<String> KINDS = Set.of("teaser", "ad", "widget", "photo");

    public Furniture {
        Objects.requireNonNull(source, "source");
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("kind '" + kind + "' is none of " + KINDS);
        }
        phrases = Map.copyOf(phrases);
    }

    public List<String> phrases(Lang lang) {
        return phrases.getOrDefault(lang, List.of());
    }
}
