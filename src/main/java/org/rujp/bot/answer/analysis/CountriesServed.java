package org.rujp.bot.answer.analysis;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.rujp.bot.knowledge.Entity;
import org.rujp.bot.knowledge.EntityCard;
import org.rujp.bot.knowledge.Lang;

/** The countries the entities of the knowledge serve, read from their cards and roles; computed once per entity. */
public final class CountriesServed {
    private final Map<String, Entity> byId = new LinkedHashMap<>();
    private final Map<String, Optional<String>> served = new ConcurrentHashMap<>();

    public CountriesServed(Collection<Entity> entities) {
        entities.forEach(e -> byId.put(e.id(), e));
    }

    /**
     * The country a person serves: that of the body of their position ("Ministry of Economy, Trade and Industry of
     * Japan"), else the first country named after "of" in their role ("Minister of Economic Development of Russia",
     * not the Russia of "minister for economic cooperation with Russia"); for an organisation, the one nationality its
     * role names; empty when none says.
     */
    public Optional<String> of(Entity person) {
        return served.computeIfAbsent(person.id(), id -> {
            List<Entity> countries = byId.values().stream()
                    .filter(e -> e.card().placeTypeIn(EntityCard.PlaceType.COUNTRY)).toList();
            for (EntityCard.Position position : person.card().positions()) {
                Optional<Entity> body = position.of().map(byId::get);
                if (body.isPresent() && countries.contains(body.get())) {
                    return Optional.of(body.get().id());
                }
                String text = body.map(b -> b.name(Lang.EN) + " " + b.role()).orElse("");
                List<String> named = countries.stream().filter(c -> text.contains(c.name(Lang.EN))).map(Entity::id).toList();
                if (named.size() == 1) {
                    return Optional.of(named.get(0));
                }
            }
            int first = Integer.MAX_VALUE;
            String country = null;
            for (Entity c : countries) {
                int at = person.role().indexOf(" of " + c.name(Lang.EN));
                if (at >= 0 && at < first) {
                    first = at;
                    country = c.id();
                }
            }
            if (country == null && person.kind() == Entity.Kind.ORGANISATION) {
                // "Japanese electronics and engineering company", "subsidiary of the Russian pipeline company": one
                // nationality in the role is the organisation's country
                LanguageRules english = LexiconRules.of(Lang.EN);
                java.util.Set<String> nations = english.nationalities(english.terms(person.role()));
                return nations.size() == 1 ? Optional.of(nations.iterator().next()) : Optional.<String>empty();
            }
            return Optional.ofNullable(country);
        });
    }
}
