package org.rujp.bot.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a curated fact answers, as typed values: who took part and in which part, when it was reported
 * (as distinct from when it happened, which is {@link Fact#date()}), where it happened, what it counts,
 * and the programme or subject it is about. The answer stage reads the lead value from here instead of
 * guessing it from the wording of the fact.
 *
 * @param actors the people and bodies of the event, each with its part
 * @param reported when the fact was said or published, if that differs from the event date
 * @param places where the event happened, entity ids of places, finest first
 * @param quantities the amounts the fact states
 * @param topic the entity the fact is about, if any
 * @param because the facts the article gives as the reason of this one ("2018 is of particular importance": the Cross
 *                Years are held for the first time), ids of facts
 * @param occasion the meeting or event at which it happened, per language, as it answers "at what meeting?" ("At a
 *                 meeting of a subcommittee of …", "На заседании подкомиссии …", "…分科会の会合"); none when the article
 *                 names none
 * @param details the facts that tell more of what this one names (the Transneft Telecom project the partners would
 *                invest in: the undersea cables it is to build), ids of facts
 */
public record Slots(List<Actor> actors, Optional<EventDate> reported, List<String> places, List<Quantity> quantities,
                    Optional<String> topic, List<String> because, Map<Lang, String> occasion, List<String> details) {
    public static final Slots NONE = new Slots(List.of(), Optional.empty(), List.of(), List.of(), Optional.empty(), List.of());

    public Slots {
        actors = List.copyOf(actors);
        reported = reported == null ? Optional.empty() : reported;
        places = List.copyOf(places);
        quantities = List.copyOf(quantities);
        topic = topic == null ? Optional.empty() : topic;
        because = because == null ? List.of() : List.copyOf(because);
        occasion = occasion == null || occasion.isEmpty() ? Map.of() : Lang.ordered(occasion);
        details = details == null ? List.of() : List.copyOf(details);
    }

    public Slots(List<Actor> actors, Optional<EventDate> reported, List<String> places, List<Quantity> quantities, Optional<String> topic,
                 List<String> because, Map<Lang, String> occasion) {
        this(actors, reported, places, quantities, topic, because, occasion, List.of());
    }

    public Slots(List<Actor> actors, Optional<EventDate> reported, List<String> places, List<Quantity> quantities, Optional<String> topic,
                 List<String> because) {
        this(actors, reported, places, quantities, topic, because, Map.of());
    }

    public Slots(List<Actor> actors, Optional<EventDate> reported, List<String> places, List<Quantity> quantities, Optional<String> topic) {
        this(actors, reported, places, quantities, topic, List.of());
    }

    public boolean isEmpty() {
        return actors.isEmpty() && reported.isEmpty() && places.isEmpty() && quantities.isEmpty() && topic.isEmpty() && because.isEmpty()
                && occasion.isEmpty() && details.isEmpty();
    }

    /** The occasion in a language, if the fact names one. */
    public Optional<String> occasion(Lang lang) {
        return Optional.ofNullable(occasion.get(lang));
    }

    /** The actors in one part, in the order the fact lists them. */
    public List<String> actors(Actor.Part part) {
        return actors.stream().filter(a -> a.part() == part).map(Actor::entity).toList();
    }

    /** An entity's part in the event. */
    public record Actor(String entity, Part part) {
        /** Parts an actor can have; a question's verb asks for one of them ("who proposed" for the proposer). */
        public enum Part { PROPOSER, SPEAKER, HOST, PARTICIPANT, ORGANISER, REPORTER, SUBJECT }

        /** Whether the actor takes part in the event itself, as a participant or its host (not one who spoke of it). */
        public boolean takesPart() {
            return part == Part.PARTICIPANT || part == Part.HOST;
        }
    }

    /**
     * An amount as the fact states it in each language ("more than 700", "более 700", "700件以上").
     *
     * @param value the amount per language, with its qualifier and unit
     * @param counts what is counted or measured, as words of any of the three languages
     * @param unit the kind of amount
     */
    public record Quantity(Map<Lang, String> value, List<String> counts, Unit unit) {
        public enum Unit { COUNT, PERCENT, USD, RUB, JPY, EUR, PEOPLE, YEARS, MONTHS, POINTS }

        public Quantity {
            value = Lang.ordered(value);
            counts = List.copyOf(counts);
        }

        public String value(Lang lang) {
            // an ingested passage states it in its own language only
            return value.getOrDefault(lang, value.getOrDefault(Lang.EN, value.values().iterator().next()));
        }
    }
}
