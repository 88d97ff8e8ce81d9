package org.rujp.bot.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the knowledge base says an entity is: the answer to "Who is X?", "What is X's job?" and "What is
 * the eight-point plan?". A card restates its articles like a fact and cites them.
 *
 * @param placeType for places: city, region, country or island
 * @param within for places: the larger place's entity id; for events: the place it was held in
 * @param positions the positions the articles give, each with when it held
 * @param description one line per language
 * @param post for people: their post as the articles give it, per language ("Foreign Minister of Japan"), the answer to
 *             "Kono - post?"
 * @param sources the ids of the articles the card restates
 * @param held for programmes: the years it was held
 * @param purpose for programmes and plans: the facts giving what it is for ("would help ties between regions grow"), by id
 * @param unnamed whether the articles leave it without a name of its own ("a Japanese children's choir"): a question
 *                asking its name is answered by no fact
 * @param began for programmes and events not held over years: the year it began or was put forward (the eight-point plan's 2016)
 */
public record EntityCard(Optional<PlaceType> placeType, Optional<String> within, List<Position> positions,
                         Map<Lang, String> description, Map<Lang, String> post, List<String> sources, Optional<Held> held, List<String> purpose,
                         boolean unnamed, Optional<Integer> began) {
    public static final EntityCard NONE = new EntityCard(Optional.empty(), Optional.empty(), List.of(), Map.of(), Map.of(), List.of(), Optional.empty(),
            List.of(), false, Optional.empty());

    /**
     * The years a programme or an event was held, as its articles give them: the Cross Years' events are of 2018 and
     * 2019, whenever a fact reports them.
     */
    public record Held(int from, int to) {
        public Held {
            if (to < from) {
                throw new IllegalArgumentException("held to " + to + " before it began in " + from);
            }
        }

        public boolean covers(int year) {
            return year >= from && year <= to;
        }
    }

    public enum PlaceType {
        /**
         * Finest first: an answer to "where" prefers the finer place. A venue is a building or a hall in a city: "in which
         * concert hall" is not answered by the city.
         */
        VENUE, CITY, ISLAND, REGION, COUNTRY
    }

    public EntityCard {
        placeType = placeType == null ? Optional.empty() : placeType;
        within = within == null ? Optional.empty() : within;
        positions = List.copyOf(positions);
        description = Lang.ordered(description);
        post = Lang.ordered(post);
        sources = List.copyOf(sources);
        held = held == null ? Optional.empty() : held;
        purpose = List.copyOf(purpose);
        began = began == null ? Optional.empty() : began;
    }

    /**
     * The year a question may date something by when it names this programme or event instead of a year ("the year of
     * the Osaka summit"): its first year held, or the year it began (a plan by when it was put forward); the last year
     * held for its end ("the year after the Cross Years ended").
     */
    public Optional<Integer> yearOf(boolean end) {
        return held.map(h -> end ? h.to() : h.from()).or(() -> began);
    }

    /** Whether the card is of a place of one of these types. */
    public boolean placeTypeIn(PlaceType... types) {
        return placeType.filter(t -> java.util.Arrays.asList(types).contains(t)).isPresent();
    }

    /** Whether the card is of a city or a region: a place finer than a country, coarser than a venue. */
    public boolean cityOrRegion() {
        return placeTypeIn(PlaceType.CITY, PlaceType.REGION);
    }

    public boolean described() {
        return !description.isEmpty();
    }

    public Optional<String> post(Lang lang) {
        return Optional.ofNullable(post.get(lang));
    }

    public Optional<String> description(Lang lang) {
        return Optional.ofNullable(description.get(lang));
    }

    /**
     * A position held: "prime minister" of "japan" as of 2019-06-10.
     *
     * @param title lower-case English title ("prime minister", "foreign minister", "ceo")
     * @param of the country or organisation, an entity id
     * @param asOf the date of the article that gives it
     * @param from first year, when an article states it
     * @param to last year, when an article states it
     */
    public record Position(String title, Optional<String> of, Optional<EventDate> asOf, Optional<Integer> from,
                           Optional<Integer> to) {
    }
}
