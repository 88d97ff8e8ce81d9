package org.rujp.bot.answer.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rujp.bot.knowledge.Entity;
import org.rujp.bot.knowledge.EntityCard;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.InvalidFileException;
import org.rujp.bot.yaml.YamlNode;

class AttributeKindsTest {
    private static Entity entity(String id, Entity.Kind kind) {
        return new Entity(id, kind, "", Map.of(Lang.EN, List.of(id)), EntityCard.NONE);
    }

    @Test
    void anAttributeIsAskedOfTheKindsListedOnly() {
        AttributeKinds kinds = AttributeKinds.standard();
        assertTrue(kinds.asked("height", List.of(entity("putin", Entity.Kind.PERSON)), false));
        assertFalse(kinds.asked("height", List.of(entity("russia", Entity.Kind.PLACE), entity("japan", Entity.Kind.PLACE)), false));
        // one entity of the kind is enough
        assertTrue(kinds.asked("height", List.of(entity("russia", Entity.Kind.PLACE), entity("putin", Entity.Kind.PERSON)), false));
        // none named: only when the question refers back ("how tall is he?"), not "the children's choir"
        assertTrue(kinds.asked("height", List.of(), true));
        assertFalse(kinds.asked("family", List.of(), false));
        // an attribute not listed has words of one sense
        assertTrue(kinds.asked("weather", List.of(entity("sputnik", Entity.Kind.ORGANISATION)), false));
        assertTrue(kinds.asked("weather", List.of(), false));
    }

    @Test
    void everyAttributeListedIsOneOfEveryLexicon() {
        YamlNode file = YamlNode.parse(Path.of("attribute-kinds.yaml"), read());
        for (String attribute : file.entries().keySet()) {
            for (Lang lang : Lang.values()) {
                assertFalse(LexiconRules.of(lang).attributeTerms(attribute).isEmpty(), lang + " lexicon lacks " + attribute);
            }
        }
    }

    @Test
    void anUnknownKindIsRefusedNamingTheFileAndLine() {
        YamlNode bad = YamlNode.parse(Path.of("kinds.yaml"), "height: [person]\nage: [persn]\n");
        InvalidFileException e = assertThrows(InvalidFileException.class, () -> AttributeKinds.parse(bad));
        assertTrue(e.getMessage().contains("kinds.yaml") && e.getMessage().contains("2") && e.getMessage().contains("persn"),
                e.getMessage());
    }

    private static String read() {
        try (var in = AttributeKindsTest.class.getClassLoader().getResourceAsStream("lexicon/attribute-kinds.yaml")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
