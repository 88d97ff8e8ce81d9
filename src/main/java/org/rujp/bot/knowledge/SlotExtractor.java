package org.rujp.bot.knowledge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads from each passage of an ingested article what the answer stage needs, as a curated fact's slots
 * hold it.
 *
 * <ol>
 *   <li>dates ({@link DateMentions}), relative ones resolved against the publication date; the first resolved
 *       one is the passage's event date;</li>
 *   <li>amounts with their unit and what they count ({@link AmountFinder}), outside the dates;</li>
 *   <li>names ({@link NameFinder}): known entities by the alias table, new people and organisations;</li>
 *   <li>each person's or organisation's part in the event: the part verb nearest after the name in its sentence,
 *       else the nearest before it; the publisher is the reporter; no verb means a participant;</li>
 *   <li>places: the known places named, finest first.</li>
 * </ol>
 */
public final class SlotExtractor {
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final List<Entity> all;

    public SlotExtractor(List<Entity> entities) {
        this.all = List.copyOf(entities);
        entities.forEach(e -> this.entities.put(e.id(), e));
    }

    /** The article with slots read from every passage and the names new to the knowledge. */
    public IngestedArticle read(IngestedArticle article) {
        Lang lang = article.language();
        DateMentions dates = DateMentions.of(lang);
        AmountFinder amounts = new AmountFinder(lang);
        NameFinder names = new NameFinder(lang, all);
        Map<String, NewName> newNames = new LinkedHashMap<>();
        List<PassageSlots> slots = new ArrayList<>();
        for (String passage : article.passages()) {
            slots.add(read(passage, lang, article.published(), article.publisher(), dates, amounts, names, newNames));
        }
        return article.withSlots(slots, List.copyOf(newNames.values()));
    }

    private PassageSlots read(String passage, Lang lang, LocalDate published, String publisher, DateMentions dates,
                              AmountFinder amounts, NameFinder names, Map<String, NewName> newNames) {
        String text = lang == Lang.JA ? DateMentions.halfWidth(passage) : passage;
        List<DateMentions.Found> foundDates = dates.find(text, published);
        List<int[]> dateSpans = foundDates.stream().map(d -> new int[] {d.start(), d.end()}).toList();
        List<AmountFinder.Found> foundAmounts = amounts.find(text, dateSpans);
        List<NameFinder.Found> foundNames = names.find(text);

        String eventDate = foundDates.stream().filter(d -> d.date() != null).findFirst().map(d -> d.date().iso()).orElse("");
        List<String> mentioned = new ArrayList<>();
        List<Slots.Actor> actors = new ArrayList<>();
        List<String> places = new ArrayList<>();
        SlotWords words = SlotWords.of(lang);
        for (int i = 0; i < foundNames.size(); i++) {
            NameFinder.Found name = foundNames.get(i);
            if (name.newName() != null) {
                newNames.putIfAbsent(name.entity(), name.newName());
            }
            if (!mentioned.contains(name.entity())) {
                mentioned.add(name.entity());
            }
            Entity.Kind kind = name.newName() != null ? name.newName().kind() : entities.get(name.entity()).kind();
            if (kind == Entity.Kind.PLACE) {
                if (!places.contains(name.entity())) {
                    places.add(name.entity());
                }
                continue;
            }
            if (kind != Entity.Kind.PERSON && kind != Entity.Kind.ORGANISATION) {
                continue;
            }
            Slots.Actor.Part part = isPublisher(name, publisher) ? Slots.Actor.Part.REPORTER : part(text, foundNames, i, words);
            if (actors.stream().noneMatch(a -> a.entity().equals(name.entity()))) {
                actors.add(new Slots.Actor(name.entity(), part));
            }
        }
        places.sort(Comparator.comparingInt(id -> entities.get(id).card().placeType().map(Enum::ordinal).orElse(9)));
        return new PassageSlots(eventDate, foundDates.stream().map(DateMentions.Found::mention).toList(), actors, places,
                foundAmounts.stream().map(AmountFinder.Found::amount).toList(), mentioned);
    }

    private boolean isPublisher(NameFinder.Found name, String publisher) {
        Entity e = entities.get(name.entity());
        return e != null && e.allNames().stream().anyMatch(n -> n.equalsIgnoreCase(publisher.strip()));
    }

    /**
     * The part the sentence gives the name: the part verb nearest after it (up to the next name or the sentence
     * end), else, when it is the sentence's first name, the nearest before it: "said Sakamoto", "по словам Сакамото".
     */
    private static Slots.Actor.Part part(String text, List<NameFinder.Found> names, int i, SlotWords words) {
        NameFinder.Found name = names.get(i);
        int sentenceStart = sentenceStart(text, name.start());
        int sentenceEnd = sentenceEnd(text, name.end());
        int nextName = i + 1 < names.size() ? names.get(i + 1).start() : Integer.MAX_VALUE;
        int prevName = i > 0 ? names.get(i - 1).end() : -1;
        String after = text.substring(name.end(), Math.min(sentenceEnd, Math.max(nextName, name.end()))).toLowerCase(Locale.ROOT);
        // a verb before the name is its own only when no other name comes before it in the sentence ("said Sakamoto");
        // in "Sakamoto announced that the orchestra will ..." the verb is Sakamoto's
        String before = prevName >= sentenceStart ? "" : text.substring(sentenceStart, name.start()).toLowerCase(Locale.ROOT);
        Optional<Slots.Actor.Part> found = nearest(after, words, false).or(() -> nearest(before, words, true));
        return found.orElse(Slots.Actor.Part.PARTICIPANT);
    }

    private static Optional<Slots.Actor.Part> nearest(String window, SlotWords words, boolean fromEnd) {
        Slots.Actor.Part best = null;
        int bestAt = -1;
        for (Map.Entry<Slots.Actor.Part, List<String>> e : words.parts().entrySet()) {
            for (String verb : e.getValue()) {
                int at = fromEnd ? lastWord(window, verb) : firstWord(window, verb);
                if (at >= 0 && (best == null || (fromEnd ? at > bestAt : at < bestAt))) {
                    best = e.getKey();
                    bestAt = at;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static int firstWord(String window, String verb) {
        int from = 0;
        while (true) {
            int at = window.indexOf(verb, from);
            if (at < 0 || wordStart(window, at, verb)) {
                return at;
            }
            from = at + 1;
        }
    }

    private static int lastWord(String window, String verb) {
        int from = window.length();
        while (true) {
            int at = window.lastIndexOf(verb, from);
            if (at < 0 || wordStart(window, at, verb)) {
                return at;
            }
            from = at - 1;
        }
    }

    /** A verb starts a word (Japanese has no spaces, so any position does). */
    private static boolean wordStart(String window, int at, String verb) {
        return at == 0 || !Character.isLetter(window.charAt(at - 1)) || !Character.isLetter(verb.charAt(0))
                || Character.UnicodeScript.of(verb.codePointAt(0)) == Character.UnicodeScript.HAN
                || Character.UnicodeScript.of(verb.codePointAt(0)) == Character.UnicodeScript.HIRAGANA;
    }

    private static int sentenceStart(String text, int at) {
        for (int i = at - 1; i > 0; i--) {
            char c = text.charAt(i);
            if (c == '。' || (c == '.' || c == '!' || c == '?') && i + 1 < text.length() && text.charAt(i + 1) == ' '
                    && i > 2 && !Character.isUpperCase(text.charAt(i - 1))) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int sentenceEnd(String text, int at) {
        for (int i = at; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '。' || (c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || text.charAt(i + 1) == ' ')
                    && i > 0 && !Character.isUpperCase(text.charAt(i - 1))) {
                return i;
            }
        }
        return text.length();
    }
}
