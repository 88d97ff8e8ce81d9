package org.rujp.bot.answer.analysis;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rujp.bot.knowledge.Entity;
import org.rujp.bot.knowledge.EntityCard;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.knowledge.Slots;

/**
 * What a question asks for, independent of its wording and language.
 *
 * @param lang the question's language
 * @param type the kind of value wanted (the first part's, for a multi-part question)
 * @param parts every kind of value a multi-part question wants, in the order asked; one element otherwise
 * @param placeType the granularity a "where" question asks for (city, region, country), if said
 * @param attribute the attribute asked about an entity that facts may not state ("weather", "population",
 *                  "successor"), or "position" for a person's job
 * @param entities the known entities the question names, in order of mention
 * @param year a year the question is constrained to
 * @param part the part in the event the question's verb asks about ("who proposed": the proposer)
 * @param terms the question's analysed terms, for matching what a quantity counts
 * @param counted what a "how many" question may count: the analysed content terms that follow its frame
 *                ("russian", "patient"; "мероприят"; "件"), empty when it does not say
 * @param partCounted for each part, what it counts ("how many people ... and how many events": two counts)
 * @param refersBack whether it refers back to the conversation ("it", "он", "それ")
 * @param venues the places the question names as where the event happened ("met <b>in Moscow</b>", "モスクワで"), by id
 * @param partRoles for each part, the part in the event its own verb asks about ("where was it discussed and who
 *                  reported it": a participant, then a reporter); {@code part} where a part's own verb says none
 */
public record InformationNeed(Lang lang, AnswerType type, List<AnswerType> parts, Optional<EntityCard.PlaceType> placeType,
                              Optional<String> attribute, List<Entity> entities, Optional<Integer> year,
                              Optional<Slots.Actor.Part> part, Set<String> terms, List<String> counted,
                              List<List<String>> partCounted, boolean refersBack, Set<String> venues,
                              List<Optional<Slots.Actor.Part>> partRoles) {
    public InformationNeed {
        parts = parts.isEmpty() ? List.of(type) : List.copyOf(parts);
        AnswerType main = type;
        List<String> mainCounted = List.copyOf(counted);
        partCounted = partCounted.size() == parts.size() ? partCounted.stream().map(List::copyOf).toList()
                : parts.stream().map(p -> p == main ? mainCounted : List.<String>of()).toList();
        entities = List.copyOf(entities);
        terms = Set.copyOf(terms);
        counted = List.copyOf(counted);
        venues = Set.copyOf(venues);
        // a part whose verb names no part takes the question's, unless another part's verb names that one ("which firm
        // works with Russia, and which minister told of it": the firm is no speaker)
        Set<Slots.Actor.Part> named = partRoles.stream().flatMap(Optional::stream).collect(java.util.stream.Collectors.toSet());
        Optional<Slots.Actor.Part> whole = partRoles.size() == parts.size() ? part.filter(p -> !named.contains(p)) : part;
        partRoles = partRoles.size() == parts.size() ? partRoles.stream().map(r -> r.or(() -> whole)).toList()
                : parts.stream().map(p -> whole).toList();
    }

    public InformationNeed(Lang lang, AnswerType type, List<AnswerType> parts, Optional<EntityCard.PlaceType> placeType,
                           Optional<String> attribute, List<Entity> entities, Optional<Integer> year, Optional<Slots.Actor.Part> part,
                           Set<String> terms, List<String> counted, List<List<String>> partCounted, boolean refersBack, Set<String> venues) {
        this(lang, type, parts, placeType, attribute, entities, year, part, terms, counted, partCounted, refersBack, venues, List.of());
    }

    /** The need of a question that was not read (empty, or too long to be one question): no value asked. */
    public static InformationNeed unread(Lang lang) {
        return new InformationNeed(lang, AnswerType.FACT, List.of(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                Optional.empty(), Set.of(), List.of(), List.of(), false, Set.of());
    }

    public boolean multiPart() {
        return parts.size() > 1;
    }

    /** Whether the question asks who reported or published something: only then is a publisher an answer. */
    public boolean asksReporter() {
        return part.filter(p -> p == Slots.Actor.Part.REPORTER).isPresent();
    }

    public boolean names(String entityId) {
        return entities.stream().anyMatch(e -> e.id().equals(entityId));
    }

    /** The same need asking whether what the question states is so ("…15% in 2018 - can you confirm?"). */
    public InformationNeed asConfirmation() {
        return new InformationNeed(lang, AnswerType.YES_NO, List.of(AnswerType.YES_NO), placeType, attribute, entities, year, part,
                terms, counted, List.of(), refersBack, venues);
    }

    /**
     * The same need asking for a value of another type: "were those talks held in Tokyo? need the city confirmed",
     * read without "Tokyo", asks for the city.
     */
    public InformationNeed asking(AnswerType asked, Optional<EntityCard.PlaceType> granularity) {
        return new InformationNeed(lang, asked, List.of(asked), granularity, attribute, entities, year, part, terms, List.of(), List.of(),
                refersBack, venues);
    }

    /** The same need asking for the body that reported what it is about ("who reported that?" of a fact no one said). */
    public InformationNeed askingTheReporter() {
        return new InformationNeed(lang, AnswerType.ORGANISATION, List.of(AnswerType.ORGANISATION), Optional.empty(), attribute, entities,
                year, Optional.of(Slots.Actor.Part.REPORTER), terms, List.of(), List.of(), refersBack, venues);
    }

    /** The same need asking the position of a person it names ("what is her job?" once "her" is known): their card. */
    public InformationNeed asPosition() {
        return new InformationNeed(lang, AnswerType.DESCRIPTION, List.of(AnswerType.DESCRIPTION), placeType, Optional.of("position"),
                entities, year, part, terms, List.of(), List.of(), refersBack, venues);
    }

    /** The same single-part need counting also what the question before counted ("and how many of those…"). */
    public InformationNeed withCounted(List<String> more) {
        List<String> all = new java.util.ArrayList<>(counted);
        more.stream().filter(c -> !all.contains(c)).forEach(all::add);
        return new InformationNeed(lang, type, parts, placeType, attribute, entities, year, part, terms, all, List.of(), refersBack, venues,
                partRoles);
    }

    /** The same need with the entities of the conversation added (a follow-up's "it"). */
    public InformationNeed withEntities(List<Entity> more) {
        List<Entity> all = new java.util.ArrayList<>(entities);
        more.stream().filter(e -> !names(e.id())).forEach(all::add);
        return new InformationNeed(lang, type, parts, placeType, attribute, all, year, part, terms, counted, partCounted, refersBack, venues,
                partRoles);
    }

    /** The same need without some of its entities (those of the writer's topic, not of the question). */
    public InformationNeed withoutEntities(java.util.Collection<String> ids) {
        List<Entity> kept = entities.stream().filter(e -> !ids.contains(e.id())).toList();
        Set<String> venuesKept = venues.stream().filter(v -> !ids.contains(v)).collect(java.util.stream.Collectors.toSet());
        return new InformationNeed(lang, type, parts, placeType, attribute, kept, year, part, terms, counted, partCounted, refersBack,
                venuesKept, partRoles);
    }

    /** The need of one part of a multi-part question: its own type and what it counts; a single-part need is its one part. */
    public InformationNeed part(int i) {
        if (!multiPart()) {
            return this;
        }
        return new InformationNeed(lang, parts.get(i), List.of(parts.get(i)), placeType, attribute, entities, year, partRoles.get(i), terms,
                partCounted.get(i), List.of(partCounted.get(i)), refersBack, venues);
    }
}
