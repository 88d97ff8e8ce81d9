package org.rujp.bot.knowledge;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What ingestion read from one passage of a raw article, as stored beside it in
 * {@code DATA_DIR/ingested/<sourceId>.json}: the event date, every date the passage mentions (resolved
 * against the article's date where the text allows), the quantities with their unit, the known entities,
 * the actors with their part, and the places. {@link #toSlots} turns it into the same {@link Slots} a
 * curated fact has, so the answer stage reads both alike.
 *
 * @param date the event date, ISO with the precision the text gives ("2026-11-23", "2026-11", "2026"); empty when none
 * @param dates every date mention in order, as written and as resolved
 * @param actors people and organisations with their part in the event (alias ids, or ids of names new to the knowledge)
 * @param places place entity ids, finest first
 * @param quantities amounts as written, with what they count and their unit
 * @param entities every known or new entity the passage names, in order of mention
 */
public record PassageSlots(String date, List<DateMention> dates, List<Slots.Actor> actors, List<String> places,
                           List<Amount> quantities, List<String> entities) {
    public static final PassageSlots NONE = new PassageSlots("", List.of(), List.of(), List.of(), List.of(), List.of());

    public PassageSlots {
        date = date == null ? "" : date;
        if (!date.isEmpty()) {
            EventDate.parse(date);
        }
        dates = dates == null ? List.of() : List.copyOf(dates);
        actors = actors == null ? List.of() : List.copyOf(actors);
        places = places == null ? List.of() : List.copyOf(places);
        quantities = quantities == null ? List.of() : List.copyOf(quantities);
        entities = entities == null ? List.of() : List.copyOf(entities);
    }

    public Optional<EventDate> eventDate() {
        return date.isEmpty() ? Optional.empty() : Optional.of(EventDate.parse(date));
    }

    /**
     * A date as the passage writes it ("on Monday", "last year", "22 ноября") and what it resolves to against the
     * article's date; {@code resolved} is empty when the text leaves it relative ("recently", "last week").
     */
    public record DateMention(String text, String resolved) {
        public DateMention {
            resolved = resolved == null ? "" : resolved;
        }
    }

    /**
     * An amount as written ("38,000 yen", "17%", "$3 billion") in the article's language.
     *
     * @param counts what it counts or measures: the words beside it ("ticket", "visitors")
     */
    public record Amount(String value, List<String> counts, Slots.Quantity.Unit unit) {
        public Amount {
            counts = counts == null ? List.of() : List.copyOf(counts);
        }
    }

    /**
     * The typed slots of the passage; entities the knowledge does not know (an alias removed since ingestion) are
     * left out.
     */
    public Slots toSlots(Lang lang, Set<String> known) {
        List<Slots.Actor> knownActors = actors.stream().filter(a -> known.contains(a.entity())).toList();
        List<String> knownPlaces = places.stream().filter(known::contains).toList();
        List<Slots.Quantity> amounts = new ArrayList<>();
        for (Amount a : quantities) {
            Map<Lang, String> value = new EnumMap<>(Lang.class);
            value.put(lang, a.value());
            amounts.add(new Slots.Quantity(value, a.counts(), a.unit()));
        }
        return new Slots(knownActors, Optional.empty(), knownPlaces, amounts, Optional.empty());
    }
}
