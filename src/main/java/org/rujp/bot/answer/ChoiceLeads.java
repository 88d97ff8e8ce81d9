package org.rujp.bot.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rujp.bot.answer.analysis.Choices;
import org.rujp.bot.answer.analysis.LanguageRules;
import org.rujp.bot.answer.analysis.LexiconRules;
import org.rujp.bot.knowledge.Entity;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.retrieval.AliasExpander;

/**
 * Which of the options a question offers the answer's facts state. A question asking which one is so, answered
 * without a value to lead with, leads with the one option its facts state ("…prolonged: six months, one year or two
 * years?": "one year"); one asking which is <i>not</i> so leads with the options they leave out, when they state the
 * others ("odd one out: aquaculture, wind power, oil drilling": "oil drilling"). Nothing else of the answer changes,
 * and nothing is led with that the facts do not settle.
 */
final class ChoiceLeads {
    private final AliasExpander aliases;

    ChoiceLeads(AliasExpander aliases) {
        this.aliases = aliases;
    }

    /** The answer, led by the option its facts settle, if any. */
    Answer led(Answer answer, Choices choices) {
        if (!(answer instanceof Answer.Answered a)) {
            return answer;
        }
        LanguageRules rules = LexiconRules.of(a.lang());
        java.util.Map<String, List<Entity>> named = new java.util.HashMap<>();
        choices.options().forEach(o -> named.put(o, aliases.expand(o).entities()));
        List<String> all = said(choices, a.statements(), named, rules);
        // "in Moscow or in Japan?" answered by the meeting planned in Japan, then by the talks held in Moscow before:
        // the first fact, the one that answers, settles it when it states one of them
        List<String> first = all.size() > 1 && !choices.negative() && a.lead().isBlank()
                ? said(choices, a.statements().subList(0, 1), named, rules) : List.of();
        List<String> said = first.size() == 1 ? first : all;
        String separator = a.lang() == Lang.JA ? "、" : ", ";
        Optional<String> lead = Optional.empty();
        if (choices.negative()) {
            List<String> left = choices.options().stream().filter(o -> !said.contains(o)).toList();
            lead = said.isEmpty() || left.isEmpty() ? Optional.empty()
                    : Optional.of(org.rujp.bot.i18n.Messages.get(a.lang(), "answer.left_out", String.join(separator, left)));
        } else if (said.isEmpty() && !a.lead().isBlank() && choices.options().stream().allMatch(o -> !named.get(o).isEmpty())) {
            // "proposed by Putin or by Medvedev?": neither, the facts name another
            lead = Optional.of(org.rujp.bot.i18n.Messages.get(a.lang(), "answer.none_offered", a.lead(), String.join(separator, choices.options())));
        } else if (a.lead().isBlank() && said.size() == 1) {
            lead = Optional.of(said.get(0));
        } else if (said.size() == 1 && !named.get(said.get(0)).isEmpty() && !a.lead().isBlank()
                && latin(said.get(0)) != latin(a.lead())) {
            lead = Optional.of(a.lead() + " (" + said.get(0) + ")"); // "Тосиба (Toshiba)": the name as the option gives it too
        }
        return lead.<Answer>map(l -> new Answer.Answered(a.question(), a.resolvedQuestion(), a.lang(), l, a.statements(), a.retrieved(),
                a.answerer(), a.stageNanos())).orElse(answer);
    }

    /** The options the statements state. */
    private static List<String> said(Choices choices, List<Statement> statements, java.util.Map<String, List<Entity>> named,
                                     LanguageRules rules) {
        Set<String> stated = new HashSet<>();
        Set<String> entities = new HashSet<>();
        for (Statement s : statements) {
            stated.addAll(rules.terms(rules.asWritten(s.text())));
            s.fact().entities().forEach(entities::add);
        }
        return choices.options().stream().filter(o -> states(o, named.get(o), stated, entities, rules)).toList();
    }

    /** Whether a name is written in Latin letters ("Toshiba", not "Тосиба" or "東芝"). */
    private static boolean latin(String name) {
        return name.codePoints().filter(Character::isLetter).allMatch(c -> c < 0x250);
    }

    /**
     * Whether the facts state an option: it names an entity they speak of, or every content word of it is in their
     * texts ("one year" in "extended by 1 year", once written in digits).
     */
    private static boolean states(String option, List<Entity> named, Set<String> stated, Set<String> entities, LanguageRules rules) {
        if (!named.isEmpty()) {
            return named.stream().allMatch(e -> entities.contains(e.id()));
        }
        List<String> content = rules.contentTerms(rules.terms(rules.asWritten(option)));
        return !content.isEmpty() && stated.containsAll(content);
    }
}
