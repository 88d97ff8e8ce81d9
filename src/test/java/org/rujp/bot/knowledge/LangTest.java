package org.rujp.bot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LangTest {
    @Test
    void aFactsTextsAndAnEntitysNamesIterateInTheLanguagesOrder() {
        Map<Lang, String> texts = new LinkedHashMap<>();
        texts.put(Lang.JA, "日本語");
        texts.put(Lang.RU, "русский");
        texts.put(Lang.EN, "English");
        Fact fact = new Fact("f", "s", texts, Optional.empty(), List.of(), List.of(), Fact.Kind.FACT);
        assertEquals(List.of(Lang.EN, Lang.RU, Lang.JA), List.copyOf(fact.texts().keySet()));
        Entity entity = new Entity("e", Entity.Kind.PERSON, "", Map.of(Lang.JA, List.of("名"), Lang.EN, List.of("Name")));
        assertEquals(List.of(Lang.EN, Lang.JA), List.copyOf(entity.names().keySet()));
    }

    @Test
    void anOrderedMapStaysUnmodifiable() {
        Map<Lang, String> ordered = Lang.ordered(Map.of(Lang.RU, "текст"));
        assertThrows(UnsupportedOperationException.class, () -> ordered.put(Lang.EN, "text"));
    }
}
