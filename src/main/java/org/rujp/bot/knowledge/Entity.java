package org.rujp.bot.knowledge;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A person, place, organisation or programme with its names in every script people use for it
 * ("Putin", "Путин", "プーチン"), including common transliterations.
 *
 * @param id stable key facts refer to in their {@code entities}
 * @param kind person, place, organisation, programme or other
 * @param role what the entity is, in English (e.g. "President of Russia"); may be empty
 * @param names the names per language, the preferred form first
 * @param card what the articles say the entity is
 */
public record Entity(String id, Kind kind, String role, Map<Lang, List<String>> names, EntityCard card) {
    public enum Kind { PERSON, PLACE, ORGANISATION, PROGRAMME, EVENT, OTHER }

    public Entity {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("entity id must not be empty");
        }
        role = role == null ? "" : role.strip();
        EnumMap<Lang, List<String>> copy = new EnumMap<>(Lang.class);
        boolean person = kind == Kind.PERSON;
        names.forEach((lang, list) -> copy.put(lang, person ? withOtherOrder(list) : List.copyOf(list)));
        names = Lang.ordered(copy);
        card = card == null ? EntityCard.NONE : card;
    }

    /** A given name and a surname, each capitalised: "Taro Kono", "Коно Таро". */
    private static final Pattern TWO_NAMES = Pattern.compile("(\\p{Lu}[\\p{L}'’-]+) (\\p{Lu}[\\p{L}'’-]+)");

    /**
     * A person's names, each name of a given name and a surname followed by the two the other way round where the list
     * lacks it: Japanese names come in either order ("Kouno Taro", "Taro Kouno"), and Russian ones in lists and forms
     * surname first ("Лавров Сергей"). The preferred name stays first.
     */
    private static List<String> withOtherOrder(List<String> names) {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(names);
        for (String name : names) {
            java.util.regex.Matcher two = TWO_NAMES.matcher(name);
            if (two.matches()) {
                all.add(two.group(2) + " " + two.group(1));
            }
        }
        return List.copyOf(all);
    }

    public Entity(String id, Kind kind, String role, Map<Lang, List<String>> names) {
        this(id, kind, role, names, EntityCard.NONE);
    }

    /** The preferred name in the language, falling back to English, then the id. */
    public String name(Lang lang) {
        List<String> list = names.getOrDefault(lang, names.get(Lang.EN));
        return list == null || list.isEmpty() ? id : list.get(0);
    }

    /** Every name in every language. */
    public List<String> allNames() {
        List<String> all = new ArrayList<>();
        names.values().forEach(all::addAll);
        return all;
    }

    /**
     * Every name of the entity as a text may write it, longest first, in any case; a Russian name with its case
     * ending ("Путина", "Осаке"), and one ending in a vowel declined in place of it ("в Москве", "Марии Захаровой").
     */
    public Pattern namesAsWritten() {
        List<String> all = new ArrayList<>(allNames());
        all.sort(java.util.Comparator.comparingInt(String::length).reversed());
        StringBuilder alternatives = new StringBuilder();
        for (String name : all) {
            boolean russian = name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
            alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(name)).append(russian ? "\\p{IsCyrillic}{0,3}" : "");
            if (russian && name.length() >= 5 && "аяоеыйь".indexOf(Character.toLowerCase(name.charAt(name.length() - 1))) >= 0) {
                alternatives.append("|").append(Pattern.quote(name.substring(0, name.length() - 1))).append("\\p{IsCyrillic}{1,3}(?!\\p{L})");
            }
        }
        return Pattern.compile(alternatives.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
