package org.rujp.bot.knowledge;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.rujp.bot.yaml.YamlNode;

/**
 * The words one language contributes to reading slots from raw text ({@code ingest/<lang>.yaml} on the
 * class path): the verbs telling an actor's part, person titles, organisation name heads, and the words that
 * start no name or say nothing about what an amount counts.
 */
record SlotWords(Map<Slots.Actor.Part, List<String>> parts, List<String> titles, Set<String> titleModifiers,
                 Set<String> honorifics, Set<String> organisationHeads, Set<String> notNames, Set<String> stopWords) {
    private static final Set<String> KEYS = Set.of("parts", "titles", "title_modifiers", "honorifics", "organisation_heads",
            "not_names", "stop_words");
    private static final Map<Lang, SlotWords> BY_LANG = new EnumMap<>(Lang.class);

    static synchronized SlotWords of(Lang lang) {
        return BY_LANG.computeIfAbsent(lang, SlotWords::load);
    }

    private static SlotWords load(Lang lang) {
        String name = "ingest/" + lang.code() + ".yaml";
        YamlNode root = YamlNode.resource(name).requireKeys(KEYS);
        Map<Slots.Actor.Part, List<String>> parts = new LinkedHashMap<>();
        YamlNode partsNode = root.require("parts");
        for (Map.Entry<String, YamlNode> e : partsNode.entries().entrySet()) {
            Slots.Actor.Part part = Slots.Actor.Part.valueOf(e.getKey().toUpperCase(Locale.ROOT));
            parts.put(part, e.getValue().items().stream().map(n -> n.nonBlank().toLowerCase(Locale.ROOT)).toList());
        }
        return new SlotWords(parts, lower(root.strings("titles")), Set.copyOf(lower(root.strings("title_modifiers"))),
                Set.copyOf(lower(root.strings("honorifics"))), Set.copyOf(lower(root.strings("organisation_heads"))),
                Set.copyOf(lower(root.strings("not_names"))), Set.copyOf(lower(root.strings("stop_words"))));
    }

    private static List<String> lower(List<String> words) {
        return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }
}
