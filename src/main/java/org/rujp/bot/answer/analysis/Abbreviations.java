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

    private final Set<String> common;

    Abbreviations(Set<String> common) {
        this.common = Set.copyOf(common);
    }

    public static Abbreviations standard() {
        return LOADED;
    }

    /** Whether the word, in any case, is a common abbreviation or a currency code ("USD", "usd", "KPIs"). */
    public boolean common(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return common.contains(lower) || CURRENCIES.contains(lower);
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
        return new Abbreviations(words);
    }

    private static Abbreviations load() {
        return parse(YamlNode.resource(RESOURCE));
    }
}
