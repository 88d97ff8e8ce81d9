package org.rujp.bot.answer.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.yaml.YamlNode;

/**
 * Words whose meaning depends on who writes: "our prime minister", "наша сторона", "わが国の外務省", "向こうの大臣". The
 * writer's side is the one they declare ("I'm Japanese", "я японец", "日本在住のロシア人です") or else the one of the
 * language they write in, where the lexicon gives one (a Russian writing Russian, a Japanese writing Japanese; English
 * gives none). First-person words are then written as that side's ("our foreign ministry spokeswoman" by a Japanese:
 * "Japan's foreign ministry spokeswoman"; "наши логистические центры": "российские логистические центры"), and
 * second-person or "the other side's" words as the other side's ("向こうの大臣" by a Japanese: "ロシアの大臣"), so that
 * the question's sides are checked against the facts like any side it names. With no side known, nothing is rewritten.
 *
 * <p>The words are the lexicon's {@code writers_side}: {@code default} (a side or {@code none}), {@code declared}
 * (patterns, each with the side it declares), {@code ours} (per side, each first-person word and what replaces it)
 * and {@code yours} (each second-person word and the first-person word of the same form).
 */
public final class WritersSide {
    /** The two sides the knowledge tells of. */
    private static final List<String> SIDES = List.of("russia", "japan");

    record Declared(Pattern at, String side) {
    }

    record Rules(Optional<String> fallback, List<Declared> declared, Map<String, Map<String, String>> ours, Map<String, String> yours,
                 List<String> notBefore, List<String> notAfter) {
    }

    private final Map<Lang, Rules> rules = new EnumMap<>(Lang.class);

    public WritersSide() {
        for (Lang lang : Lang.values()) {
            rules.put(lang, read(YamlNode.resource("lexicon/" + lang.code() + ".yaml")));
        }
    }

    static Rules read(YamlNode lexicon) {
        Optional<YamlNode> node = lexicon.get("writers_side");
        if (node.isEmpty()) {
            return new Rules(Optional.empty(), List.of(), Map.of(), Map.of(), List.of(), List.of());
        }
        YamlNode n = node.get().requireKeys(java.util.Set.of("default", "declared", "ours", "yours", "not_before", "not_after"));
        String fallback = n.string("default");
        if (!fallback.equals("none") && !SIDES.contains(fallback)) {
            throw n.require("default").error("'default' is no side: " + fallback + "; sides: none, " + String.join(", ", SIDES));
        }
        List<Declared> declared = new ArrayList<>();
        for (YamlNode item : n.get("declared").map(YamlNode::items).orElse(List.of())) {
            item.requireKeys(java.util.Set.of("at", "side"));
            declared.add(new Declared(compiled(item, item.string("at")), side(item)));
        }
        Map<String, Map<String, String>> ours = new LinkedHashMap<>();
        n.get("ours").ifPresent(o -> o.entries().forEach((side, words) -> {
            if (!SIDES.contains(side)) {
                throw words.error("'" + side + "' is no side; sides: " + String.join(", ", SIDES));
            }
            Map<String, String> replaced = new LinkedHashMap<>();
            words.entries().forEach((word, as) -> replaced.put(word.toLowerCase(Locale.ROOT), as.nonBlank()));
            ours.put(side, Map.copyOf(replaced));
        }));
        Map<String, String> yours = new LinkedHashMap<>();
        n.get("yours").ifPresent(y -> y.entries().forEach((word, own) -> {
            if (ours.values().stream().noneMatch(words -> words.containsKey(own.nonBlank().toLowerCase(Locale.ROOT)))) {
                throw own.error("'" + own.nonBlank() + "' is no first-person word of 'ours'");
            }
            yours.put(word.toLowerCase(Locale.ROOT), own.nonBlank().toLowerCase(Locale.ROOT));
        }));
        List<String> notBefore = n.get("not_before").map(x -> n.strings("not_before")).orElse(List.of()).stream()
                .map(w -> w.toLowerCase(Locale.ROOT)).toList();
        List<String> notAfter = n.get("not_after").map(x -> n.strings("not_after")).orElse(List.of()).stream()
                .map(w -> w.toLowerCase(Locale.ROOT)).toList();
        return new Rules(fallback.equals("none") ? Optional.empty() : Optional.of(fallback), List.copyOf(declared), Map.copyOf(ours),
                Map.copyOf(yours), notBefore, notAfter);
    }

    private static String side(YamlNode item) {
        String side = item.string("side");
        if (!SIDES.contains(side)) {
            throw item.error("'side' is no side: " + side + "; sides: " + String.join(", ", SIDES));
        }
        return side;
    }

    private static Pattern compiled(YamlNode item, String regex) {
        try {
            return Pattern.compile("(?iu)" + regex);
        } catch (IllegalArgumentException e) {
            throw item.error("'at' is no regular expression: " + e.getMessage());
        }
    }

    /** The writer's side: the one they declare, else their language's; empty when neither is known. */
    public Optional<String> of(String question, Lang lang) {
        Rules r = rules.get(lang);
        return r.declared().stream().filter(d -> d.at().matcher(question).find()).map(Declared::side).findFirst().or(r::fallback);
    }

    /** The question with its first- and second-person words of a side written as that side's; as written when no side is known. */
    public String sided(String question, Lang lang) {
        Rules r = rules.get(lang);
        Optional<String> side = of(question, lang);
        if (side.isEmpty() || r.ours().isEmpty()) {
            return question;
        }
        String other = SIDES.stream().filter(s -> !s.equals(side.get())).findFirst().orElseThrow();
        Map<String, String> own = r.ours().getOrDefault(side.get(), Map.of());
        Map<String, String> others = r.ours().getOrDefault(other, Map.of());
        Map<String, String> replaced = new LinkedHashMap<>(own);
        r.yours().forEach((word, first) -> Optional.ofNullable(others.get(first)).ifPresent(as -> replaced.put(word, as)));
        if (replaced.isEmpty()) {
            return question;
        }
        // the longest word first: "うちの国" before "うちの"
        List<String> words = replaced.keySet().stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).toList();
        boolean spaced = lang != Lang.JA;
        Pattern any = Pattern.compile("(?iu)" + (spaced ? "(?<!\\p{L})" : "") + "(" + String.join("|", words) + ")" + (spaced ? "(?!\\p{L})" : ""));
        Matcher m = any.matcher(question);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            // "our two countries", "наших стран", "両国": of both sides; "そのうちの" is "of those", no one's
            String after = question.substring(m.end()).stripLeading().toLowerCase(Locale.ROOT);
            String before = question.substring(0, m.start()).toLowerCase(Locale.ROOT);
            boolean both = r.notBefore().stream().anyMatch(w -> after.startsWith(w) && (!spaced || after.length() == w.length()
                    || !Character.isLetter(after.charAt(w.length()))));
            boolean noOnes = r.notAfter().stream().anyMatch(before::endsWith);
            m.appendReplacement(out, Matcher.quoteReplacement(both || noOnes ? m.group() : replaced.get(m.group(1).toLowerCase(Locale.ROOT))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
