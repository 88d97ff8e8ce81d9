package org.rujp.bot.answer.analysis;

import java.util.Currency;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.rujp.bot.yaml.YamlNode;

/**
 * Abbreviations of the common register ({@code lexicon/abbreviations.yaml}) and the ISO 4217 currency codes: "KPI",
 * "USD", "LPs" or "ООО" in a question name no one, so the check for names the knowledge base never mentions passes
 * over them. An abbreviation naming an organisation is not common: the articles not mentioning it is still a refusal.
 */
public final class Abbreviations {
    private static final String RESOURCE = "lexicon/abbreviations.yaml";
    /** The ISO 4217 codes, in lower case, read once: asked of every capitalised word of every question. */
    private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(c -> c.getCurrencyCode().toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Abbreviations LOADED = load();

    /** Characters before or after a channel's name within which a writing word makes it the writer's channel. */
    private static final int BESIDE = 12;

    private final Set<String> common;
    private final Set<String> channels;
    private final java.util.List<String> writing;

    Abbreviations(Set<String> common) {
        this(common, Set.of(), java.util.List.of());
    }

    Abbreviations(Set<String> common, Set<String> channels, java.util.List<String> writing) {
        this.common = Set.copyOf(common);
        this.channels = Set.copyOf(channels);
        this.writing = java.util.List.copyOf(writing);
    }

    public static Abbreviations standard() {
        return LOADED;
    }

    /** Whether the word, in any case, is a common abbreviation or a currency code ("USD", "usd", "KPIs"). */
    public boolean common(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return common.contains(lower) || CURRENCIES.contains(lower);
    }

    /**
     * Whether the word at {@code at} in the question is a social network or messenger named as the channel of the
     * writer's own text: a writing word stands within a few characters of it ("LinkedIn post", "пост в Телеграме",
     * "SNS投稿"). Alone ("Did Putin announce it on Twitter?") it is not: the articles name no such channel.
     */
    public boolean writersChannel(String question, String word, int at) {
        if (!channels.contains(word.toLowerCase(Locale.ROOT))) {
            return false;
        }
        String around = question.substring(Math.max(0, at - BESIDE), Math.min(question.length(), at + word.length() + BESIDE))
                .toLowerCase(Locale.ROOT);
        return writing.stream().anyMatch(w -> wordIn(around, w));
    }

    /** Whether {@code w} stands in {@code text} as a word of its own (any place in text written without spaces). */
    private static boolean wordIn(String text, String w) {
        if (!Character.isLetter(w.charAt(0)) || Character.UnicodeScript.of(w.codePointAt(0)) == Character.UnicodeScript.HAN
                || Character.UnicodeScript.of(w.codePointAt(0)) == Character.UnicodeScript.KATAKANA
                || Character.UnicodeScript.of(w.codePointAt(0)) == Character.UnicodeScript.HIRAGANA) {
            return text.contains(w);
        }
        return java.util.regex.Pattern.compile("(?<![\\p{L}])" + java.util.regex.Pattern.quote(w) + "(?![\\p{L}])").matcher(text).find();
    }

    static Abbreviations parse(YamlNode root) {
        Set<String> words = new HashSet<>();
        for (YamlNode group : root.require("common").items()) {
            for (YamlNode word : group.items()) {
                String written = word.nonBlank();
                if (!written.equals(written.toLowerCase(Locale.ROOT))) {
                    throw word.error("'" + written + "' is written with capitals; abbreviations are listed in lower case");
                }
                words.add(written);
            }
        }
        Set<String> channels = new HashSet<>();
        java.util.List<String> writing = new java.util.ArrayList<>();
        if (root.get("channels").isPresent()) {
            for (YamlNode word : root.require("channels").items()) {
                channels.add(word.nonBlank().toLowerCase(Locale.ROOT));
            }
            for (YamlNode word : root.require("writing").items()) {
                writing.add(word.nonBlank().toLowerCase(Locale.ROOT));
            }
        }
        return new Abbreviations(words, channels, writing);
    }

    private static Abbreviations load() {
        return parse(YamlNode.resource(RESOURCE));
    }
}
