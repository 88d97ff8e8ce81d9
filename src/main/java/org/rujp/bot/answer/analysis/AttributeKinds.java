package org.rujp.bot.answer.analysis;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.rujp.bot.knowledge.Entity;
import org.rujp.bot.yaml.YamlNode;

/**
 * The kinds of entity an attribute is asked of ({@code lexicon/attribute-kinds.yaml}): a question asks a person's
 * height, a city's population, a company's chief. An attribute word next to entities of other kinds means something
 * else ("рост товарооборота" is growth, "высоко оценили" praise), so it is no focus of the question.
 */
public final class AttributeKinds {
    private static final String RESOURCE = "lexicon/attribute-kinds.yaml";
    private static final AttributeKinds LOADED = load();

    private final Map<String, Set<Entity.Kind>> kinds;

    AttributeKinds(Map<String, Set<Entity.Kind>> kinds) {
        this.kinds = Map.copyOf(kinds);
    }

    public static AttributeKinds standard() {
        return LOADED;
    }

    /** Whether the attribute's words have other senses: it is asked only of the kinds listed, named next to it. */
    public boolean ambiguous(String attribute) {
        return kinds.containsKey(attribute);
    }

    /** Whether the attribute is asked of people only (health, family, age is not: a city has one too). */
    public boolean ofPersonsOnly(String attribute) {
        return Set.of(Entity.Kind.PERSON).equals(kinds.get(attribute));
    }

    /** Whether the attribute's words have other senses and one of the kinds it is asked of is a person. */
    public boolean ambiguousOfPersons(String attribute) {
        return kinds.getOrDefault(attribute, Set.of()).contains(Entity.Kind.PERSON);
    }

    /** Whether the attribute may be asked of the entity (any, when its words have one sense). */
    public boolean askedOf(String attribute, Entity entity) {
        Set<Entity.Kind> of = kinds.get(attribute);
        return of == null || of.contains(entity.kind());
    }

    /**
     * Whether a question naming these entities can ask the attribute: the attribute is asked of any kind, one of them
     * is of a kind it is asked of, or it names none and refers back to something said before ("how old is he?"; but
     * "the Japanese children's choir" asks of no one's children).
     */
    public boolean asked(String attribute, List<Entity> entities, boolean refersBack) {
        return !ambiguous(attribute) || entities.isEmpty() && refersBack || entities.stream().anyMatch(e -> askedOf(attribute, e));
    }

    static AttributeKinds parse(YamlNode root) {
        Map<String, Set<Entity.Kind>> kinds = new TreeMap<>();
        root.entries().forEach((attribute, list) -> {
            Set<Entity.Kind> set = EnumSet.noneOf(Entity.Kind.class);
            for (YamlNode kind : list.items()) {
                try {
                    set.add(Entity.Kind.valueOf(kind.nonBlank().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw kind.error("'" + kind.nonBlank() + "' is no kind of entity; kinds: "
                            + java.util.Arrays.toString(Entity.Kind.values()).toLowerCase(Locale.ROOT));
                }
            }
            if (set.isEmpty()) {
                throw list.error("attribute '" + attribute + "' is asked of no kind of entity");
            }
            kinds.put(attribute, set);
        });
        return new AttributeKinds(kinds);
    }

    private static AttributeKinds load() {
        return parse(YamlNode.resource(RESOURCE));
    }
}
