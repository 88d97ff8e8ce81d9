package org.rujp.bot.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the people, organisations and places a passage names: the known ones by their names in the alias
 * table (in the article's language; Russian names with a case ending), and, conservatively, people and
 * organisations new to the knowledge: a capitalised name after a title ("Culture Minister Haruto Sakamoto"),
 * a name with a title in apposition ("Haruto Sakamoto, Japan's minister of culture,"), an organisation name
 * ending in a word such as Company or Museum. Japanese text gets known names only.
 */
final class NameFinder {
    /** A name at {@code start..end}; {@code newName} is set when the alias table does not know it. */
    record Found(int start, int end, String entity, NewName newName) {
    }

    private static final String WORD = "[A-Z][a-z]+(?:-[A-Z][a-z]+)?";
    private static final String RU_WORD = "[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?";

    private final Lang lang;
    private final SlotWords words;
    private final List<Map.Entry<String, String>> names = new ArrayList<>();
    private final Pattern titled;
    private final Pattern apposition;
    private final Pattern organisation;

    NameFinder(Lang lang, List<Entity> entities) {
        this.lang = lang;
        this.words = SlotWords.of(lang);
        for (Entity e : entities) {
            for (String name : e.names().getOrDefault(lang, List.of())) {
                if (name.codePointCount(0, name.length()) >= 2) {
                    names.add(Map.entry(name, e.id()));
                }
            }
        }
        names.sort(Comparator.comparingInt((Map.Entry<String, String> n) -> n.getKey().length()).reversed());
        String titles = alternation(words.titles());
        String modifiers = words.titleModifiers().isEmpty() ? "" : "(?:(?:" + alternation(List.copyOf(words.titleModifiers())) + ") )*";
        String honorifics = alternation(List.copyOf(words.honorifics()));
        if (lang == Lang.EN) {
            titled = Pattern.compile("(?i:(?<title>" + modifiers + "(?:" + titles + "))|(?<hon>" + honorifics + ")\\.?) (?<name>" + WORD
                    + "(?: " + WORD + "){1,2})(?![\\p{L}])");
            apposition = Pattern.compile("(?<name>" + WORD + " " + WORD + "), (?:the |a )?(?<title>[^,.;]{0,60}?\\b(?i:" + titles
                    + ")\\b[^,.;]{0,60}),");
            List<String> heads = words.organisationHeads().stream().map(h -> h.substring(0, 1).toUpperCase(Locale.ROOT) + h.substring(1)).toList();
            organisation = Pattern.compile("(?<name>(?:" + WORD + " ){1,4}(?:" + alternation(heads)
                    + "))(?![\\p{L}])|(?<ministry>Ministry of (?:the )?[A-Z][\\p{L}-]+(?: (?:and )?[A-Z][\\p{L}-]+)*)");
        } else if (lang == Lang.RU) {
            titled = Pattern.compile("(?<title>(?iu:" + titles + ")[а-яё]*(?: [а-яёА-ЯЁ]+){0,3}) (?<name>" + RU_WORD + " " + RU_WORD + ")(?!\\p{L})");
            apposition = null;
            organisation = null;
        } else {
            titled = null;
            apposition = null;
            organisation = null;
        }
    }

    private static String alternation(List<String> words) {
        return words.isEmpty() ? "(?!x)x" : String.join("|", words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).toList());
    }

    /** Every name in the text, in order of position, known names first where they overlap. */
    List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        for (Map.Entry<String, String> name : names) {
            Matcher m = known(name.getKey()).matcher(text);
            while (m.find()) {
                add(found, new Found(m.start(), m.end(), name.getValue(), null));
            }
        }
        if (titled != null) {
            Matcher m = titled.matcher(text);
            while (m.find()) {
                String title = m.group("title") == null ? "" : m.group("title");
                newName(found, m.start("name"), m.end("name"), m.group("name"), Entity.Kind.PERSON, title);
            }
        }
        if (apposition != null) {
            Matcher m = apposition.matcher(text);
            while (m.find()) {
                newName(found, m.start("name"), m.end("name"), m.group("name"), Entity.Kind.PERSON, m.group("title"));
            }
        }
        if (organisation != null) {
            Matcher m = organisation.matcher(text);
            while (m.find()) {
                String group = m.group("name") != null ? "name" : "ministry";
                newName(found, m.start(group), m.end(group), m.group(group), Entity.Kind.ORGANISATION, "");
            }
        }
        found.sort(Comparator.comparingInt(Found::start));
        return found;
    }

    private Pattern known(String name) {
        String quoted = Pattern.quote(name);
        if (lang == Lang.JA) {
            return Pattern.compile(quoted);
        }
        if (lang == Lang.RU && name.length() >= 4 && Character.isLetter(name.charAt(name.length() - 1))) {
            // "Путин" in "Путина", "Осака" in "Осаке": the name without its last vowel, and a case ending
            String stem = "аеиоуыяюйь".indexOf(Character.toLowerCase(name.charAt(name.length() - 1))) >= 0
                    ? name.substring(0, name.length() - 1) : name;
            return Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(stem) + "[а-яё]{0,3}(?![\\p{L}\\d])");
        }
        return Pattern.compile("(?<![\\p{L}\\d])" + quoted + "(?:'s|\u2019s)?(?![\\p{L}\\d])");
    }

    private void newName(List<Found> found, int start, int end, String name, Entity.Kind kind, String title) {
        String[] parts = name.split(" ");
        String first = parts[0].toLowerCase(Locale.ROOT);
        if (kind == Entity.Kind.PERSON && (words.notNames().contains(first) || words.notNames().contains(parts[parts.length - 1]
                .toLowerCase(Locale.ROOT)))) {
            return;
        }
        if (kind == Entity.Kind.ORGANISATION && words.notNames().contains(first)) {
            name = name.substring(parts[0].length() + 1); // "The Amur Shipping Company"
            start += parts[0].length() + 1;
            if (!name.contains(" ")) {
                return;
            }
        }
        String role = title.strip();
        String id = "ing-" + (kind == Entity.Kind.PERSON ? "person-" : "org-") + slug(name);
        add(found, new Found(start, end, id, new NewName(id, kind, name, role, lang)));
    }

    static String slug(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() || !name.matches("[\\p{IsLatin}0-9 .'-]+") ? (slug.isEmpty() ? "" : slug + "-") + Hashes.sha256(name).substring(0, 8) : slug;
    }

    /** Adds a name unless it overlaps one found already (known names are found first, longest first). */
    private static void add(List<Found> found, Found f) {
        if (found.stream().noneMatch(o -> f.start() < o.end() && f.end() > o.start())) {
            found.add(f);
        }
    }
}
