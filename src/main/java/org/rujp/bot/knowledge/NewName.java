package org.rujp.bot.knowledge;

import java.util.List;
import java.util.Map;

/**
 * A person or organisation an ingested article names that the alias table does not know ("Culture Minister
 * Haruto Sakamoto", "the Amur Shipping Company"), stored with the article so that its passages can name it as
 * an actor.
 *
 * @param id an entity id of its own, {@code ing-person-...} or {@code ing-org-...}
 * @param kind person or organisation
 * @param name the name as the article writes it
 * @param role the title the article gives, in its language ("Minister of Culture"), may be empty
 * @param lang the article's language
 */
public record NewName(String id, Entity.Kind kind, String name, String role, Lang lang) {
    public NewName {
        if (id == null || !id.startsWith("ing-")) {
            throw new IllegalArgumentException("a new name's id must start with 'ing-' but is '" + id + "'");
        }
        if (kind != Entity.Kind.PERSON && kind != Entity.Kind.ORGANISATION) {
            throw new IllegalArgumentException("a new name is a person or an organisation, not " + kind);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a new name must not be empty");
        }
        role = role == null ? "" : role.strip();
        lang = lang == null ? Lang.EN : lang;
    }

    public Entity toEntity() {
        return new Entity(id, kind, role, Map.of(lang, List.of(name)));
    }
}
