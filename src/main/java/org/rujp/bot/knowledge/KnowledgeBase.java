package org.rujp.bot.knowledge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the bot may say: sources, the facts citing them, and the entity alias table.
 * Immutable; {@link #version()} is a content hash that changes whenever anything in it does.
 */
public final class KnowledgeBase {
    private final Map<String, Source> sources;
    private final Map<String, Fact> facts;
    private final Map<String, Entity> entities;
    private final String version;
    private final List<Furniture> furniture;

    public KnowledgeBase(Collection<Source> sources, Collection<Fact> facts, Collection<Entity> entities, String version) {
        this(sources, facts, entities, List.of(), version);
    }

    /** @param furniture what the articles' pages print around the news (see {@link Furniture}) */
    public KnowledgeBase(Collection<Source> sources, Collection<Fact> facts, Collection<Entity> entities, List<Furniture> furniture,
                         String version) {
        this.furniture = List.copyOf(furniture);
        this.sources = index(sources, Source::id);
        this.facts = index(facts, Fact::id);
        this.entities = index(entities, Entity::id);
        this.version = version;
        for (Fact fact : facts) {
            if (!this.sources.containsKey(fact.sourceId())) {
                throw new IllegalArgumentException("fact " + fact.id() + " cites unknown source " + fact.sourceId());
            }
        }
    }

    private static <T> Map<String, T> index(Collection<T> items, java.util.function.Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            if (map.put(key.apply(item), item) != null) {
                throw new IllegalArgumentException("duplicate id " + key.apply(item));
            }
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    public List<Source> sources() {
        return List.copyOf(sources.values());
    }

    /** What the articles' pages print around the news, known so as never to be taken for it. */
    public List<Furniture> furniture() {
        return furniture;
    }

    public List<Fact> facts() {
        return List.copyOf(facts.values());
    }

    public List<Entity> entities() {
        return List.copyOf(entities.values());
    }

    public Optional<Fact> fact(String id) {
        return Optional.ofNullable(facts.get(id));
    }

    public Optional<Entity> entity(String id) {
        return Optional.ofNullable(entities.get(id));
    }

    /** Whether a place lies in another, following the cards' {@code within} (Osaka in Japan; at most five steps). */
    public boolean within(String inner, String outer) {
        Optional<String> next = entity(inner).flatMap(e -> e.card().within());
        for (int hops = 0; next.isPresent() && hops < 5; hops++) {
            if (next.get().equals(outer)) {
                return true;
            }
            next = entity(next.get()).flatMap(e -> e.card().within());
        }
        return false;
    }

    public Source source(String id) {
        Source source = sources.get(id);
        if (source == null) {
            throw new IllegalArgumentException("unknown source " + id);
        }
        return source;
    }

    /** The source a fact cites. */
    public Source sourceOf(Fact fact) {
        return source(fact.sourceId());
    }

    /** Content hash of every file the knowledge base was built from. */
    public String version() {
        return version;
    }

    /** A new knowledge base with these extra sources and facts (ingested articles) beside the curated ones. */
    public KnowledgeBase with(Collection<Source> moreSources, Collection<Fact> moreFacts, String moreVersion) {
        return with(moreSources, moreFacts, List.of(), moreVersion);
    }

    /** As {@link #with(Collection, Collection, String)}, with the people and organisations ingested articles name. */
    public KnowledgeBase with(Collection<Source> moreSources, Collection<Fact> moreFacts, Collection<Entity> moreEntities,
                              String moreVersion) {
        List<Source> allSources = new ArrayList<>(sources.values());
        allSources.addAll(moreSources);
        List<Fact> allFacts = new ArrayList<>(facts.values());
        allFacts.addAll(moreFacts);
        List<Entity> allEntities = new ArrayList<>(entities.values());
        allEntities.addAll(moreEntities);
        return new KnowledgeBase(allSources, allFacts, allEntities, Hashes.sha256(version + "+" + moreVersion));
    }
}
