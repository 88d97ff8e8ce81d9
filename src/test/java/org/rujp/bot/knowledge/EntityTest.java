package org.rujp.bot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An entity's names as questions may write them. */
class EntityTest {
    @Test
    void aPersonIsNamedInEitherOrder() {
        Entity kono = new Entity("kono", Entity.Kind.PERSON, "Foreign Minister of Japan",
                Map.of(Lang.EN, List.of("Taro Kono", "Kono", "Kono Taro", "Taro Kouno"), Lang.RU, List.of("Таро Коно", "министр Коно")));
        assertEquals("Taro Kono", kono.name(Lang.EN), "the preferred name stays first");
        assertEquals(List.of("Taro Kono", "Kono", "Kono Taro", "Taro Kouno", "Kouno Taro"), kono.names().get(Lang.EN));
        // (a title before a name is no given name)
        assertEquals(List.of("Таро Коно", "министр Коно", "Коно Таро"), kono.names().get(Lang.RU));
    }

    @Test
    void aPlaceKeepsItsNamesAsWritten() {
        Entity region = new Entity("moscow-region", Entity.Kind.PLACE, "region", Map.of(Lang.EN, List.of("Moscow Region")));
        assertEquals(List.of("Moscow Region"), region.names().get(Lang.EN));
        assertTrue(region.allNames().stream().noneMatch("Region Moscow"::equals));
    }
}
