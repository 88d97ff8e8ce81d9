package org.rujp.bot.answer.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.yaml.YamlNode;

/**
 * The lexicons' words are matched by their stems: a word whose stem is a single letter matches a function word of
 * every question ("иен" stems to "и", which made every Russian "how much" a sum of money).
 */
class LexiconStemsTest {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "ru"})
    void noWordOfALexiconStemsToASingleLetter(String code) {
        LexiconRules rules = LexiconRules.of(Lang.valueOf(code.toUpperCase(java.util.Locale.ROOT)));
        List<String> words = new ArrayList<>();
        YamlNode.resource("lexicon/" + code + ".yaml").entries().forEach((key, value) -> {
            if (LexiconRules.holdsWords(key)) {
                collect(value, words);
            }
        });
        List<String> bad = words.stream().filter(w -> w.strip().length() >= 3)
                .filter(w -> {
                    List<String> terms = rules.terms(w);
                    return terms.size() == 1 && terms.get(0).length() == 1;
                }).toList();
        assertTrue(words.size() > 500, "read the lexicon's words: " + words.size());
        assertTrue(bad.isEmpty(), "words stemming to one letter: " + bad);
    }

    private static void collect(YamlNode node, List<String> words) {
        if (node.isMap()) {
            node.entries().values().forEach(v -> collect(v, words));
        } else if (node.isList()) {
            node.items().forEach(v -> collect(v, words));
        } else if (node.isScalar() && !node.isNull()) {
            words.add(node.text());
        }
    }
}
