package org.rujp.bot.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rujp.bot.i18n.Messages;
import org.rujp.bot.knowledge.Entity;
import org.rujp.bot.knowledge.Fact;
import org.rujp.bot.knowledge.KnowledgeBase;
import org.rujp.bot.knowledge.Lang;

/**
 * Picks the specific value a question asks for out of a fact, to put it first in the answer: the
 * event date for "when", the number nearest the question's words for "how many", a place for
 * "where", a person with role for "who". Never invents: the value is the fact's own date, a phrase
 * of its text, or the name of an entity the fact lists.
 */
final class LeadExtractor {
    private static final Pattern NUMBER_EN = Pattern.compile(
            "(?:(?:more than|over|nearly|almost|about|around|some|up to|less than|at least|roughly)\\s+)?\\$?\\d[\\d,.]*(?:\\s*(?:%|percent|billion|million|thousand))?(?:\\s*(?:billion|million))?");
    private static final Pattern NUMBER_RU = Pattern.compile(
            "(?:(?:более|свыше|почти|около|порядка|менее|не менее|примерно|больше)\\s+)?\\$?\\d[\\d\\u00a0 ,.]*\\d?(?:\\s*(?:%|процент\\p{L}*|млрд|миллиард\\p{L}*|млн|миллион\\p{L}*|тыс\\.?|тысяч\\p{L}*))?(?:\\s*(?:долл\\p{L}*\\.?))?");
    private static final Pattern NUMBER_JA = Pattern.compile(
            "(?:約|およそ)?\\d[\\d,.]*(?:\\s*(?:%|パーセント|億|万|千))*(?:ドル)?(?:件|人|回|項目|名|以上|近く|超)*");
    /** "Which company ..." wants an organisation, not the person who spoke about it. */
    private static final Pattern ASKS_FOR_ORGANISATION = Pattern.compile(
            "\\b(?:company|companies|firm|maker|manufacturer|corporation|organi[sz]ation|agency|fund|bank)\\b|компани|фирм|организаци|корпораци|фонд|企業|会社|メーカー|機関");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");

    private final KnowledgeBase kb;
    /** Words found in more than a sixth of all facts: not distinctive enough to tie a number to a question. */
    private final Set<String> common = new HashSet<>();

    LeadExtractor(KnowledgeBase kb) {
        this.kb = kb;
        java.util.Map<String, Integer> frequency = new java.util.HashMap<>();
        for (Fact fact : kb.facts()) {
            Set<String> seen = new HashSet<>();
            fact.texts().forEach((lang, text) -> seen.addAll(words(text, lang)));
            seen.forEach(w -> frequency.merge(w, 1, Integer::sum));
        }
        frequency.forEach((w, n) -> {
            if (n > kb.facts().size() / 6) {
                common.add(w);
            }
        });
    }

    /** Roles a "who" question may ask about ("Who is Japan's foreign minister?"); the person named must hold it. */
    private static final Pattern ROLE = Pattern.compile(
            "\\b(prime minister|foreign minister|president|spokeswoman|spokesman|spokesperson|ambassador|governor|mayor|emperor|chairman|ceo|chief executive)\\b");

    /** The role an English "who" question asks about, if any. */
    static Optional<String> requiredRole(String question, Lang lang) {
        if (lang != Lang.EN) {
            return Optional.empty();
        }
        Matcher m = ROLE.matcher(question.toLowerCase(Locale.ROOT));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    static boolean asksForOrganisation(String question) {
        return ASKS_FOR_ORGANISATION.matcher(question.toLowerCase(Locale.ROOT)).find();
    }

    Optional<String> lead(QuestionType type, String question, Fact fact, Lang lang) {
        return switch (type) {
            case WHEN -> fact.date().map(d -> Messages.date(d, lang));
            case HOW_MANY -> quantity(question, fact.text(lang), lang, false);
            case WHERE -> entity(question, fact, lang, Entity.Kind.PLACE);
            case WHO -> asksForOrganisation(question)
                    ? entity(question, fact, lang, Entity.Kind.ORGANISATION)
                    : requiredRole(question, lang).isPresent() ? entity(question, fact, lang, Entity.Kind.PERSON)
                    : entity(question, fact, lang, Entity.Kind.PERSON).or(() -> entity(question, fact, lang, Entity.Kind.ORGANISATION));
            case OTHER -> Optional.empty();
        };
    }

    /**
     * The number phrase of the text that counts what the question asks about: the one whose
     * neighbourhood shares most distinctive words with the question. Empty when no number's
     * neighbourhood shares any (the fact states a quantity of something else) and {@code requireOverlap};
     * otherwise the first number phrase. Words that occur in a large share of all facts ("Russia",
     * "Japan") are not distinctive and do not count.
     */
    Optional<String> quantity(String question, String text, Lang lang, boolean requireOverlap) {
        Pattern pattern = switch (lang) {
            case EN -> NUMBER_EN;
            case RU -> NUMBER_RU;
            case JA -> NUMBER_JA;
        };
        Set<String> questionWords = words(question, lang);
        questionWords.removeAll(common);
        Matcher m = pattern.matcher(text);
        String best = null;
        String first = null;
        int bestOverlap = 0;
        while (m.find()) {
            String phrase = m.group().strip().replaceAll("[,.]$", "");
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 12)).toLowerCase(Locale.ROOT);
            if (phrase.matches("(?:19|20)\\d\\d") || DAY_OR_YEAR.matcher(after).lookingAt() || phrase.matches("\\d+[年月日]")) {
                continue; // a year or a day of the month, not a quantity
            }
            first = first == null ? phrase : first;
            int from = Math.max(0, m.start() - 60);
            int to = Math.min(text.length(), m.end() + 40);
            Set<String> near = words(text.substring(from, to), lang);
            near.retainAll(questionWords);
            if (near.size() > bestOverlap) {
                best = phrase;
                bestOverlap = near.size();
            }
        }
        return Optional.ofNullable(best != null || requireOverlap ? best : first);
    }

    private static final Pattern DAY_OR_YEAR = Pattern.compile(
            "\\s*(?:january|february|march|april|may|june|july|august|september|october|november|december"
            + "|январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр|года?\\b|г\\.|[年月日])");

    private Optional<String> entity(String question, Fact fact, Lang lang, Entity.Kind kind) {
        String q = question.toLowerCase(Locale.ROOT);
        String text = fact.text(lang).toLowerCase(Locale.ROOT);
        List<Entity> candidates = new ArrayList<>();
        for (String id : fact.entities()) {
            kb.entity(id).filter(e -> e.kind() == kind).ifPresent(candidates::add);
        }
        Optional<String> role = kind == Entity.Kind.PERSON ? requiredRole(question, lang) : Optional.empty();
        Entity chosen = null;
        int chosenAt = Integer.MAX_VALUE;
        for (Entity e : candidates) {
            if (mentioned(e, q) || role.isPresent() && !e.role().toLowerCase(Locale.ROOT).contains(role.get())) {
                continue;
            }
            int at = position(e, text);
            if (chosen == null || at < chosenAt) {
                chosen = e;
                chosenAt = at;
            }
        }
        if (chosen == null) {
            return Optional.empty();
        }
        String name = chosen.name(lang);
        return Optional.of(kind == Entity.Kind.PERSON && lang == Lang.EN && !chosen.role().isEmpty()
                ? name + " (" + chosen.role() + ")" : name);
    }

    static boolean mentioned(Entity e, String lowerText) {
        for (String name : e.allNames()) {
            String n = name.toLowerCase(Locale.ROOT);
            if (n.length() >= 2 && lowerText.contains(n)) {
                return true;
            }
        }
        return false;
    }

    private static int position(Entity e, String lowerText) {
        int best = Integer.MAX_VALUE - 1;
        for (String name : e.allNames()) {
            int at = lowerText.indexOf(name.toLowerCase(Locale.ROOT));
            if (at >= 0) {
                best = Math.min(best, at);
            }
        }
        return best;
    }

    private static Set<String> words(String text, Lang lang) {
        Set<String> words = new HashSet<>();
        if (lang == Lang.JA) {
            String t = text.replaceAll("\\s+", "");
            for (int i = 0; i + 2 <= t.length(); i++) {
                words.add(t.substring(i, i + 2));
            }
            return words;
        }
        Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            if (w.length() > 3) {
                words.add(w.substring(0, Math.min(w.length(), 5)));
            }
        }
        return words;
    }
}
