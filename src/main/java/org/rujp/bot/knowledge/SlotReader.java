package org.rujp.bot.knowledge;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.rujp.bot.yaml.YamlNode;

/**
 * Reads the typed parts of the curated knowledge, a fact's {@code slots} and an entity's card, and
 * validates every value with file, line and reason: an unknown entity, a place that is not a place, a
 * part or unit that does not exist, a date that is not a date.
 */
final class SlotReader {
    static final Set<String> SLOT_KEYS = Set.of("actors", "reported", "places", "quantities", "topic", "because", "occasion", "details");
    static final Set<String> CARD_KEYS = Set.of("place_type", "within", "roles", "description", "post", "sources", "held", "purpose", "unnamed", "began");
    private static final Set<String> ACTOR_KEYS = Set.of("entity", "role");
    private static final Set<String> QUANTITY_KEYS = Set.of("value", "counts", "unit");
    private static final Set<String> POSITION_KEYS = Set.of("title", "of", "as_of", "from", "to");

    private final Map<String, Entity> entities;

    SlotReader(Map<String, Entity> entities) {
        this.entities = entities;
    }

    Slots slots(YamlNode node, List<String> factEntities) {
        node.requireKeys(SLOT_KEYS);
        List<Slots.Actor> actors = new ArrayList<>();
        for (YamlNode item : node.get("actors").map(YamlNode::items).orElse(List.of())) {
            item.requireKeys(ACTOR_KEYS);
            String entity = entity(item.require("entity"));
            actors.add(new Slots.Actor(entity, choice(item.require("role"), Slots.Actor.Part.class)));
        }
        List<String> places = new ArrayList<>();
        for (YamlNode item : node.get("places").map(YamlNode::items).orElse(List.of())) {
            String place = entity(item);
            if (entities.get(place).kind() != Entity.Kind.PLACE) {
                throw item.error("'" + place + "' is a " + entities.get(place).kind().name().toLowerCase(Locale.ROOT)
                        + ", not a place");
            }
            places.add(place);
        }
        List<Slots.Quantity> quantities = new ArrayList<>();
        for (YamlNode item : node.get("quantities").map(YamlNode::items).orElse(List.of())) {
            item.requireKeys(QUANTITY_KEYS);
            Map<Lang, String> value = perLanguage(item.require("value"), false);
            List<String> counts = item.strings("counts");
            if (counts.isEmpty()) {
                throw item.error("a quantity needs 'counts': what it counts or measures");
            }
            quantities.add(new Slots.Quantity(value, counts, choice(item.require("unit"), Slots.Quantity.Unit.class)));
        }
        Optional<String> topic = node.get("topic").map(this::entity);
        Map<Lang, String> occasion = node.get("occasion").map(n -> perLanguage(n, true)).orElse(Map.of());
        return new Slots(actors, node.get("reported").map(SlotReader::date), places, quantities, topic, node.strings("because"), occasion,
                node.strings("details"));
    }

    EntityCard card(YamlNode item) {
        Optional<EntityCard.PlaceType> placeType = item.get("place_type").map(n -> choice(n, EntityCard.PlaceType.class));
        List<EntityCard.Position> positions = new ArrayList<>();
        for (YamlNode role : item.get("roles").map(YamlNode::items).orElse(List.of())) {
            role.requireKeys(POSITION_KEYS);
            positions.add(new EntityCard.Position(role.require("title").nonBlank().toLowerCase(Locale.ROOT),
                    role.get("of").map(YamlNode::nonBlank), role.get("as_of").map(SlotReader::date),
                    role.get("from").map(SlotReader::year), role.get("to").map(SlotReader::year)));
        }
        Map<Lang, String> description = item.get("description").map(n -> perLanguage(n, true)).orElse(Map.of());
        Map<Lang, String> post = item.get("post").map(n -> perLanguage(n, true)).orElse(Map.of());
        Optional<EntityCard.Held> held = item.get("held").map(SlotReader::held);
        return new EntityCard(placeType, item.get("within").map(YamlNode::nonBlank), positions, description, post, item.strings("sources"), held,
                item.strings("purpose"), item.bool("unnamed", false), item.get("began").map(SlotReader::year));
    }

    /** {@code held: {from: 2018, to: 2019}}, or one year: {@code held: {from: 2018}}. */
    private static EntityCard.Held held(YamlNode node) {
        node.requireKeys(Set.of("from", "to"));
        int from = year(node.require("from"));
        int to = node.get("to").map(SlotReader::year).orElse(from);
        if (to < from) {
            throw node.error("'held' ends in " + to + ", before it begins in " + from);
        }
        return new EntityCard.Held(from, to);
    }

    /** Checks what a card refers to, once every entity and source is known. */
    static void checkCard(YamlNode item, EntityCard card, Map<String, Entity> entities, Set<String> sourceIds) {
        Function<String, Boolean> known = entities::containsKey;
        card.within().filter(id -> !known.apply(id)).ifPresent(id -> {
            throw item.require("within").error("unknown entity '" + id + "'; add it to aliases.yaml");
        });
        for (int i = 0; i < card.positions().size(); i++) {
            Optional<String> of = card.positions().get(i).of();
            if (of.isPresent() && !known.apply(of.get())) {
                throw item.require("roles").items().get(i).error("unknown entity '" + of.get() + "' in 'of'");
            }
        }
        for (String source : card.sources()) {
            if (!sourceIds.contains(source)) {
                throw item.require("sources").error("unknown source '" + source + "'; expected the id of an article in articles/");
            }
        }
        if (card.described() && card.sources().isEmpty()) {
            throw item.error("a description needs 'sources': the articles it restates");
        }
    }

    private String entity(YamlNode node) {
        String id = node.nonBlank();
        if (!entities.containsKey(id)) {
            throw node.error("unknown entity '" + id + "'; add it to aliases.yaml");
        }
        return id;
    }

    /** A text per language, all three required; with {@code script}, each checked to be in its language's script (numbers are not). */
    private static Map<Lang, String> perLanguage(YamlNode node, boolean script) {
        node.requireKeys(Set.of("en", "ru", "ja"));
        Map<Lang, String> values = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            Optional<YamlNode> text = node.get(lang.code());
            if (text.isEmpty()) {
                throw node.error("lacks its " + lang.code() + " text (en, ru and ja are all needed)");
            }
            String value = text.get().nonBlank().replaceAll("\\s+", " ");
            if (script) {
                KnowledgeLoader.checkScript(text.get(), lang, value);
            }
            values.put(lang, value);
        }
        return values;
    }

    static EventDate date(YamlNode node) {
        try {
            return EventDate.parse(node.text());
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
    }

    private static int year(YamlNode node) {
        return date(node).year();
    }

    private static <E extends Enum<E>> E choice(YamlNode node, Class<E> type) {
        String text = node.nonBlank();
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            List<String> allowed = java.util.Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
            throw node.error("unknown value '" + text + "'; expected one of " + String.join(", ", allowed));
        }
    }
}
