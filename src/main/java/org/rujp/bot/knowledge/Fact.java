package org.rujp.bot.knowledge;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One self-contained statement the bot may say, with its source.
 *
 * <p>Curated facts carry English, Russian and Japanese renderings; passages of ingested articles
 * carry the text in the article's own language only.
 *
 * @param id stable identifier, unique across the knowledge base
 * @param sourceId the {@link Source#id()} it cites
 * @param texts the statement per language; never empty
 * @param date when the event happened, if the article says
 * @param tags topic words useful for retrieval ("sister cities", "trade")
 * @param entities people, places, organisations and programmes named in the statement
 * @param kind curated fact or ingested passage
 * @param slots what the fact answers, typed (curated facts; {@link Slots#NONE} for passages)
 * @param asks questions this fact answers, per language, worded as users word them: read to find facts only,
 *             never said (a fact's texts are what the bot says); empty for passages
 */
public record Fact(String id, String sourceId, Map<Lang, String> texts, Optional<EventDate> date,
                   List<String> tags, List<String> entities, Kind kind, Slots slots, Map<Lang, List<String>> asks) {
    public enum Kind { FACT, PASSAGE }

    public Fact {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("fact id must not be empty");
        }
        Objects.requireNonNull(sourceId, "sourceId");
        if (texts == null || texts.isEmpty()) {
            throw new IllegalArgumentException("fact " + id + " has no text");
        }
        texts = Lang.ordered(texts); // in the languages' order, the same in every run (Map.copyOf's is not)
        date = date == null ? Optional.empty() : date;
        tags = tags == null ? List.of() : List.copyOf(tags);
        entities = entities == null ? List.of() : List.copyOf(entities);
        Objects.requireNonNull(kind, "kind");
        slots = slots == null ? Slots.NONE : slots;
        EnumMap<Lang, List<String>> copied = new EnumMap<>(Lang.class);
        if (asks != null) {
            asks.forEach((lang, questions) -> copied.put(lang, List.copyOf(questions)));
        }
        asks = Lang.ordered(copied);
    }

    /** A fact without questions of its own. */
    public Fact(String id, String sourceId, Map<Lang, String> texts, Optional<EventDate> date,
                List<String> tags, List<String> entities, Kind kind, Slots slots) {
        this(id, sourceId, texts, date, tags, entities, kind, slots, Map.of());
    }

    /** A fact without typed slots (an ingested passage, or a test's). */
    public Fact(String id, String sourceId, Map<Lang, String> texts, Optional<EventDate> date,
                List<String> tags, List<String> entities, Kind kind) {
        this(id, sourceId, texts, date, tags, entities, kind, Slots.NONE);
    }

    /** The statement in the given language, falling back to English, then to whatever the fact has. */
    public String text(Lang lang) {
        String text = texts.get(lang);
        if (text == null) {
            text = texts.get(Lang.EN);
        }
        return text != null ? text : texts.values().iterator().next();
    }

    /** The English statement (or the passage's own language when it has no English). */
    public String text() {
        return text(Lang.EN);
    }

    public boolean has(Lang lang) {
        return texts.containsKey(lang);
    }

    /** The questions this fact answers in the given language; empty when it has none. */
    public List<String> asks(Lang lang) {
        return asks.getOrDefault(lang, List.of());
    }
}
