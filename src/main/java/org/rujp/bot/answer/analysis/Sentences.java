package org.rujp.bot.answer.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The sentences of a question as users write them: context first, the asking sentence last. */
public final class Sentences {
    private Sentences() {
    }

    /**
     * The sentence that asks: "TASS reported the ministers' meeting. Who at the ministry announced it?" asks
     * about the second; a title in the first ("the ministers") describes the event, not the person asked for.
     */
    public static String asking(String question) {
        // "the guy who runs the fund - what's his name? he was talking about Japanese partners": a statement after
        // the last question mark tells about the one asked for, it does not ask
        String asked = question.strip().replaceFirst("(?<=[?？])[^?？]*$", "");
        String[] sentences = asked.split("(?<=[.!。！])\\s*");
        for (int i = sentences.length - 1; i >= 0; i--) {
            if (sentences[i].contains("?") || sentences[i].contains("？")) {
                return sentences[i];
            }
        }
        return sentences[sentences.length - 1];
    }

    /** A last question after a question: what follows the earlier one's mark (or a Japanese "か。"), up to the end. */
    private static final Pattern LAST_QUESTION = Pattern.compile("(?<=[?？]|か。|か\\.)\\s*([^?？。.!！]+[?？]+)\\s*$");

    /**
     * The question without a yes-or-no question after it that asks no value of its own and names nothing the question
     * before does not ({@code namesOther} tells whether a text names something another does not): "…what year did he
     * come up with that plan? Was it just propaganda?", "…日本企業ってどこ？敵に塩を送ってるってこと？", "…何人ぐらい治療
     * しましたか。日本のお金でですか？" ask the first; the second only frames it. One naming something else or giving a
     * figure ("…? Was it Abe?", "…? Was that in 2019?") asks too, and stays.
     */
    public static String withoutLoadedAside(String question, LanguageRules rules,
                                            java.util.function.BiPredicate<String, String> namesOther) {
        Matcher m = LAST_QUESTION.matcher(question);
        if (!m.find()) {
            return question;
        }
        String aside = m.group(1);
        String before = question.substring(0, m.start(1)).strip();
        List<String> asideTerms = rules.terms(aside);
        boolean asksNothing = !asideTerms.isEmpty() && rules.frames(asideTerms).stream().allMatch(f -> f.type() == AnswerType.YES_NO)
                && aside.chars().noneMatch(Character::isDigit) && !namesOther.test(aside, before);
        return asksNothing && !rules.frames(rules.terms(before)).isEmpty() ? before : question;
    }

    /**
     * The message without what it tells of its writer ("My grandson Tom studies in Tokyo, and he told me that …"), the
     * clauses with a question word kept: what the message speaks of, for its names, its topic and its premises. What it
     * tells of the writer's own things stays when the question after it asks of them. The message itself when it is one
     * sentence, or when nothing is left out or nothing would be left.
     */
    public static String aboutOthers(String message, LanguageRules rules) {
        List<String> sentences = sentences(message.strip(), rules);
        if (sentences.size() < 2) {
            return message;
        }
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < sentences.size(); i++) {
            // "My town Khabarovsk is twinned with Niigata. Anything about our cities in the news?": the writer's own
            // things are what the next question asks of, and what the writer told of them stays
            boolean askedOf = i + 1 < sentences.size() && marked(sentences.get(i + 1))
                    && rules.asksOfWritersOwn(rules.terms(sentences.get(i + 1)));
            part.append(askedOf ? sentences.get(i) : notOfWriter(sentences.get(i), rules, true, false));
        }
        String about = part.toString();
        return about.isBlank() || about.equals(message.strip()) ? message : about.strip();
    }

    /** Where a sentence's clauses part: a comma, a semicolon, a colon, and before what someone says ("I read that …"). */
    private static final Pattern CLAUSE_END = Pattern.compile("(?<=[,，、;；:：])\\s*|\\s+(?=(?:that|что|чтобы)\\s)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A sentence without its clauses that tell of the writer: what the writer tells of themselves is no event asked about
     * ("My grandson Tom studies in Kyoto, and he sends me articles. Who proposed it?"). Of an asking sentence, the
     * clauses with a question word stay, and the whole sentence when none would ("近所の田中さんと話していて、外相会談は
     * どこで予定されていたか": where the talks were planned).
     */
    private static String withoutWriter(String sentence, LanguageRules rules, boolean asking) {
        return withoutWriter(sentence, rules, asking, false);
    }

    /**
     * As {@link #withoutWriter(String, LanguageRules, boolean)}; with {@code group}, also without the clauses telling
     * of those the writer speaks for ("We are planning a Japanese week at our museum in Kazan, and …"). The sentence
     * keeps its end, so that the next one still starts a sentence.
     */
    private static String withoutWriter(String sentence, LanguageRules rules, boolean asking, boolean group) {
        String kept = notOfWriter(sentence, rules, asking, group);
        if (kept.isBlank() && asking) {
            return sentence;
        }
        java.util.regex.Matcher end = SENTENCE_END.matcher(sentence);
        return !kept.isBlank() && end.find() && !SENTENCE_END.matcher(kept).find() ? kept.stripTrailing() + end.group() : kept;
    }

    /** The end of a sentence, with the spaces after it. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？]+\\s*$");

    /**
     * The clauses of a sentence that do not tell of the writer, and with {@code keepAsking} those with a question word
     * whatever they tell. A clause tells of the writer by the rules, or by a word of the writer before what someone
     * said, which the next clause holds ("Мой внук учится в Токио и рассказывал мне, | что …").
     */
    private static String notOfWriter(String sentence, LanguageRules rules, boolean keepAsking, boolean group) {
        StringBuilder kept = new StringBuilder();
        List<String> clauses = pieces(sentence, CLAUSE_END);
        boolean dropped = false;
        for (int i = 0; i < clauses.size(); i++) {
            List<String> terms = rules.terms(clauses.get(i));
            boolean beforeWhatWasSaid = i + 1 < clauses.size() && SAID.matcher(clauses.get(i + 1)).lookingAt();
            boolean ofWriter = (group ? rules.speaksOfWritersGroup(terms) : rules.speaksOfWriter(terms))
                    || rules.writersVerbIn(clauses.get(i)) || beforeWhatWasSaid && rules.namesWriter(terms) || rules.salutes(clauses.get(i));
            // a relative clause after one of the writer's tells of the writer's too: "My neighbour, | who also reads a lot, |"
            boolean describesWritersOwn = dropped && RELATIVE_OPENING.matcher(clauses.get(i)).lookingAt()
                    && (i + 1 < clauses.size() || rules.frames(terms).isEmpty());
            dropped = describesWritersOwn || ofWriter && !(keepAsking && !rules.frames(terms).isEmpty());
            if (!dropped) {
                kept.append(clauses.get(i));
            }
        }
        return kept.toString();
    }

    /**
     * A relative pronoun opening a clause ("who", "which", "который"), or an apposition's article or figure ("I am 78,
     * a retired teacher of English from Irkutsk", "a retired postman, 40 years at the sorting lines"): after a clause of
     * the writer's, it tells of the writer too.
     */
    private static final Pattern RELATIVE_OPENING = Pattern.compile("\\s*(?:(?:who|which|whose|whom|a|an|котор\\p{L}*)\\s|\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** What someone said, opening a clause. */
    private static final Pattern SAID = Pattern.compile("\\s*(?:that|что|чтобы)\\s", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A Japanese clause that is a topic, ended by its particle and a comma, or by a noun and a comma ("北海道とサハリン州の
     * 経済協力協定、署名したのは誰"); a clause ending in kana ("輸出していて、") tells something.
     */
    private static final Pattern JA_TOPIC = Pattern.compile("(?:って|とは|については|は|[\\p{IsHan}\\p{IsKatakana}ー])[、，,]\\s*$");

    /** The clauses of a sentence with a question word or a Japanese topic, or the sentence when none has one. */
    private static String askingOnly(String sentence, LanguageRules rules) {
        StringBuilder kept = new StringBuilder();
        for (String clause : pieces(sentence, CLAUSE_END)) {
            // a Japanese topic before the comma is what the clause after it asks of: "サハリン州が参加した行事って、何か…？"
            if (!rules.frames(rules.terms(clause)).isEmpty() || JA_TOPIC.matcher(clause).find()) {
                kept.append(clause);
            }
        }
        String clauses = kept.toString().strip();
        // the sentence still ends where it did: a capital after it starts the next sentence, it names no one
        return clauses.isEmpty() ? sentence : clauses.matches("(?s).*[.!?。！？…]$") ? clauses + " " : clauses + ". ";
    }

    /** Where a report's citation may part from what is asked: a clause's end, a dash, a bracket. */
    private static final Pattern CITATION_END = Pattern.compile("(?<=[,，、;；:：(（)）])\\s*|\\s+(?=[—–-]\\s)|(?<=\\s[—–-])\\s+");

    /**
     * The message without its clauses citing a report, those speaking of a report that ask nothing: "In the Russkiy Mir
     * item of 1 July 2019, how many events did the Cross Years comprise?" asks how many events the Cross Years
     * comprised, whichever fact the publisher and the date would find; the message when every clause cites or asks.
     */
    public static String withoutCitations(String message, LanguageRules rules) {
        StringBuilder kept = new StringBuilder();
        boolean cut = false;
        for (String clause : pieces(message, CITATION_END)) {
            List<String> terms = rules.terms(clause);
            if (rules.speaksOfReport(terms) && rules.frames(terms).isEmpty()) {
                cut = true;
            } else {
                kept.append(clause);
            }
        }
        String left = kept.toString().strip();
        return cut && !left.isEmpty() && !rules.frames(rules.terms(left)).isEmpty() ? left : message;
    }

    /** A question of at most this many words leans on the sentence before it. */
    private static final int FEW_WORDS = 5;

    /**
     * A sentence's end: a question or exclamation mark, a Japanese stop, or a stop before a capital or after a word of
     * five letters or more (an abbreviation is shorter: "в 2018 г. был намечен", "16 млрд. долларов" go on), with the
     * spaces after it.
     */
    private static final Pattern END = Pattern.compile("(?<=[!?。！？])\\s*"
            + "|(?<=[.…])\\s+(?=[«\"“(]?[\\p{Lu}\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}])|(?<=\\p{L}{5}[.…])\\s+");

    /** A colon ending a clause, with the spaces after it. */
    private static final Pattern COLON = Pattern.compile("[:：]\\s*");

    /**
     * The sentences of a message, a question passed on after a colon counting as a sentence of its own: "A member from
     * our Sakhalin branch asks: how many projects…?" asks how many projects, and the branch is the member's, no premise
     * of the question. Only the first colon of a sentence, after words that pass a question on and before a question
     * mark ("My answer: 2016?" passes nothing on).
     */
    private static List<String> sentences(String message, LanguageRules rules) {
        List<String> sentences = new ArrayList<>();
        for (String sentence : pieces(message, END)) {
            Matcher colon = COLON.matcher(sentence);
            if (colon.find() && colon.end() < sentence.length() && passesOn(sentence.substring(0, colon.end()), rules)) {
                sentences.add(sentence.substring(0, colon.end()));
                sentences.add(sentence.substring(colon.end()));
            } else {
                sentences.add(sentence);
            }
        }
        return sentences;
    }

    /** Whether the piece passes a question on, up to the colon after which the question stands. */
    private static boolean passesOn(String piece, LanguageRules rules) {
        Matcher colon = COLON.matcher(piece);
        return colon.find() && colon.end() == piece.length() && !marked(piece) && rules.relaysAQuestion(rules.terms(piece.substring(0, colon.start())));
    }

    /** The text in the pieces the boundaries part it into, each with what follows it up to the next: joined, the text. */
    private static List<String> pieces(String text, Pattern boundary) {
        List<String> pieces = new ArrayList<>();
        Matcher m = boundary.matcher(text);
        int from = 0;
        while (m.find()) {
            if (m.end() > from && m.end() < text.length()) {
                pieces.add(text.substring(from, m.end()));
                from = m.end();
            }
        }
        pieces.add(text.substring(from));
        return pieces;
    }

    /**
     * The part of a message that asks: its sentences with a question mark, or with none, those the rules find asking,
     * each with the sentence just before it when it refers back to it ("Putin met Abe there. When was that?") or asks
     * in a few words ("…ahead of his meeting with Seko. Which minister?"), all without what they tell of the writer, unless
     * it asks of the writer's own things ("My town is twinned with Niigata. Anything about our cities?"). A
     * message telling of its writer first ("My grandson studies in Kyoto. Who proposed the plan?") asks by its last
     * sentence; the whole message when no sentence asks.
     */
    public static String askingPart(String message, LanguageRules rules) {
        return askingPart(message, rules, false);
    }

    /**
     * As {@link #askingPart(String, LanguageRules)}, of a message of several sentences only the clauses of its asking
     * sentences that ask ("Помню, при Брежневе такого не было, а кто предложил план?": who proposed the plan), with the
     * sentences they refer back to: where a name asked about stands.
     */
    public static String askingClauses(String message, LanguageRules rules) {
        return askingPart(message, rules, true);
    }

    private static String askingPart(String message, LanguageRules rules, boolean clausesOnly) {
        List<String> sentences = sentences(message.strip(), rules);
        if (sentences.size() < 2) {
            return message;
        }
        int n = sentences.size();
        int lastMarked = -1;
        for (int i = 0; i < n; i++) {
            lastMarked = marked(sentences.get(i)) ? i : lastMarked;
        }
        List<List<String>> terms = sentences.stream().map(rules::terms).toList();
        boolean[] asks = new boolean[n];
        boolean any = false;
        for (int i = 0; i < n; i++) {
            // after the last question mark, an afterthought that asks, asks too: "…OK？違うなら誰が言ったのか", "Кто источник
            // цифры? нужна фамилия, не агентство" (as LexiconRules#withoutAfterthought keeps it); "Thank you, Galina." does not;
            // a few words naming the motive a why asks, left of a request, do: "…持ちかけたんですか？本音のところが（知りたい）"
            boolean asking = !rules.frames(terms.get(i)).isEmpty() || rules.asksYesOrNo(terms.get(i));
            asks[i] = lastMarked < 0 ? asking : marked(sentences.get(i))
                    || i > lastMarked && (asking || rules.asksPosition(terms.get(i)) || rules.nounAsk(sentences.get(i)).isPresent()
                            || rules.namesMotive(terms.get(i)));
            any |= asks[i];
        }
        if (!any) {
            return message;
        }
        // a sentence the asking one refers back to is kept; so is the one before a sentence of the writer's that refers
        // back in turn: "…only about 300 events. I'm sure it was a lot more than that. How many was it?"
        boolean[] leanedOn = new boolean[n];
        boolean[] ownAsked = new boolean[n]; // "My town Khabarovsk is twinned with Niigata. Anything about our cities?"
        for (int i = n - 2; i >= 0; i--) {
            ownAsked[i] = asks[i + 1] && !asks[i] && rules.asksOfWritersOwn(terms.get(i + 1));
            boolean writers = leanedOn[i + 1] && rules.namesWriter(terms.get(i + 1));
            // (what "them" of a question passed on refers to is in the question: "X asks: …how many were held online?")
            leanedOn[i] = (asks[i + 1] || writers) && !asks[i] && !passesOn(sentences.get(i), rules)
                    && (rules.refersBack(terms.get(i + 1)) || asks[i + 1] && terms.get(i + 1).size() <= FEW_WORDS);
        }
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < n; i++) {
            part.append(ownAsked[i] ? sentences.get(i) : asks[i] && clausesOnly ? askingOnly(sentences.get(i), rules)
                    : asks[i] || leanedOn[i] ? withoutWriter(sentences.get(i), rules, asks[i], clausesOnly && !asks[i]) : "");
        }
        return part.toString().strip();
    }

    private static boolean marked(String sentence) {
        return sentence.contains("?") || sentence.contains("？");
    }
}
