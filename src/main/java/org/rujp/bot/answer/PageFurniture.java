package org.rujp.bot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.rujp.bot.answer.analysis.LanguageRules;
import org.rujp.bot.answer.analysis.LexiconRules;
import org.rujp.bot.knowledge.Furniture;
import org.rujp.bot.knowledge.KnowledgeBase;
import org.rujp.bot.knowledge.Lang;

/**
 * Whether a question asks about what an article's page prints around the news ({@link Furniture}): it names the
 * teaser's story ("the joint naval drills in the Gulf of Aden", "книга Марко Маджи"), the advertisement or the
 * weather widget by one of its phrases. A phrase a fact also writes names knowledge, never furniture.
 */
final class PageFurniture {
    private final KnowledgeBase kb;
    private final Map<Lang, List<Phrase>> phrases = new ConcurrentHashMap<>();

    private record Phrase(Furniture item, List<String> terms) {
    }

    PageFurniture(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** The furniture the question names, if any. */
    Optional<Furniture> named(String question, Lang lang) {
        LanguageRules rules = LexiconRules.of(lang);
        List<String> terms = rules.terms(question);
        return phrases(lang).stream().filter(p -> rules.contains(terms, p.terms())).map(Phrase::item).findFirst();
    }

    private List<Phrase> phrases(Lang lang) {
        return phrases.computeIfAbsent(lang, l -> {
            LanguageRules rules = LexiconRules.of(l);
            List<List<String>> written = kb.facts().stream().filter(f -> f.has(l)).map(f -> rules.terms(f.text(l))).toList();
            List<Phrase> all = new ArrayList<>();
            for (Furniture item : kb.furniture()) {
                for (String phrase : item.phrases(l)) {
                    List<String> terms = rules.terms(phrase);
                    if (!terms.isEmpty() && written.stream().noneMatch(w -> rules.contains(w, terms))) {
                        all.add(new Phrase(item, terms));
                    }
                }
            }
            return List.copyOf(all);
        });
    }
}
