package org.rujp.bot.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rujp.bot.answer.analysis.Abbreviations;
import org.rujp.bot.answer.analysis.LanguageRules;
import org.rujp.bot.answer.analysis.LexiconRules;
import org.rujp.bot.knowledge.Entity;
import org.rujp.bot.knowledge.Fact;
import org.rujp.bot.knowledge.KnowledgeBase;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.knowledge.Source;

/**
 * Checks, beyond the relevance score, that the best fact can actually answer the question. A fact
 * about the right topic is not an answer when:
 * <ul>
 *   <li>the question names a proper noun the knowledge base has never heard of ("Treaty of Shimoda",
 *       "Sakhalin-2", "Kemerovo");</li>
 *   <li>the question asks about a year that neither the fact, its date nor its article mentions
 *       ("trade in 2022" against a fact about 2018);</li>
 *   <li>the question asks "how many" and the fact holds no quantity.</li>
 * </ul>
 * Each check is general: it reads the question and the fact, never a list of known questions.
 */
final class Answerability {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019-]*");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[89]\\d\\d|20\\d\\d)(?!\\d)");
    private static final Set<String> NOT_NAMES = Set.of("i", "is", "was", "what", "which", "who", "when", "where", "how",
            "why", "did", "does", "do", "the", "a", "an", "in", "on", "of", "and", "prime", "minister", "president",
            "mr", "ms", "mrs", "dr", "madame", "madam", "mme", "monsieur", "mister", "miss", "sir", "messrs", "excellency",
            // "Russo-Japanese": the combining form of "Russian"
            "russo",
            // the continent Japan, Korea and Russia's Far East lie in: "RDIF's Asian partners" names no one new
            "asian", "asia-pacific", "eurasian",
            // "thank God", "God bless": no name of the articles'
            "god",
            // the polite Russian "you", written with a capital anywhere: "не подскажете ли Вы"
            "вы", "вас", "вам", "вами", "ваш", "ваша", "ваше", "ваши", "вашего", "вашей", "вашему", "вашим", "ваших");

    private final Set<String> vocabulary = new HashSet<>();
    /** The parts of the knowledge's words joined by hyphens: "point" of "eight-point". */
    private final Set<String> wordParts = new HashSet<>();
    /** The Snowball stems of the Cyrillic words of {@link #vocabulary}: "Новосибирской" is not "Новости" by its first letters. */
    private final Set<String> russianStems = new HashSet<>();
    /** The words of everything the knowledge writes with Japanese script, as Kuromoji reads them: "京都" is not known from "東京都". */
    private final Set<String> japaneseWords;
    /** Everything the knowledge writes with Japanese script, joined: a pair of countries it names ("日露"). */
    private final String japaneseText;
    /** Whether every fact written in English is written in Japanese too (no ingested passage in English only). */
    private final boolean japaneseComplete;
    /** Per fact id, the stems of its texts, tags and entity names and roles: built once, read on every answer. */
    private final java.util.Map<String, Set<String>> factWords = new java.util.HashMap<>();
    /** The facts telling of people in any of their words ("400,000 people"): any word for people is their topic. */
    private final Set<String> ofPeople = new HashSet<>();
    /** Stems other than names found in more than half of the facts ("года", "japan"): they tie a question to no fact in particular. */
    private final Set<String> commonStems = new HashSet<>();
    /** The stems of the words of entities' names: "abe" is a topic word, however short. */
    private final Set<String> nameStems = new HashSet<>();
    /** The kanji and katakana pairs of people's and places' Japanese names: a name in a quotation is none of its own words. */
    private final Set<String> japaneseNamePairs = new HashSet<>();
    /** Names, in lower case, that only entities' role lines give ("hokkaido" of the Kurils): no fact tells of them. */
    private final Set<String> onlyInRoles = new HashSet<>();
    /** The words of the entities' descriptions, as written and as stems: what a card tells of is known too. */
    private final Set<String> describedWords = new HashSet<>();
    private static final Pattern CAPITALISED = Pattern.compile("(?<!\\p{L})\\p{Lu}\\p{Ll}+");
    private final LeadExtractor leads;
    private final KnowledgeBase kb;

    Answerability(KnowledgeBase kb, LeadExtractor leads) {
        this.leads = leads;
        this.kb = kb;
        List<String> written = new ArrayList<>();
        for (Fact fact : kb.facts()) {
            written.addAll(fact.texts().values());
            written.addAll(fact.tags());
            factWords.put(fact.id(), stems(fact, kb));
            if (fact.texts().entrySet().stream().anyMatch(t -> {
                org.rujp.bot.answer.analysis.LexiconRules rules = org.rujp.bot.answer.analysis.LexiconRules.of(t.getKey());
                return rules.terms(t.getValue()).stream().anyMatch(rules::people);
            })) {
                ofPeople.add(fact.id());
            }
        }
        for (Entity entity : kb.entities()) {
            written.addAll(entity.allNames());
        }
        for (Source source : kb.sources()) {
            written.addAll(List.of(source.title(), source.publisher(), source.place()));
        }
        written.forEach(this::addWords);
        kb.entities().forEach(e -> java.util.Arrays.stream(Lang.values()).flatMap(l -> e.card().description(l).stream()).forEach(d -> {
            Matcher token = TOKEN.matcher(d.toLowerCase(Locale.ROOT));
            while (token.find()) {
                describedWords.add(token.group());
                describedWords.add(stem(token.group()));
                describedWords.add(russianStem(token.group()));
            }
        }));
        // a name only an entity's role line gives in passing ("islands between Hokkaido and Kamchatka") is one no fact
        // tells of: a question naming it is not about the entity
        Set<String> elsewhere = Set.copyOf(vocabulary);
        for (Entity entity : kb.entities()) {
            written.add(entity.role());
            addWords(entity.role());
            Matcher name = CAPITALISED.matcher(entity.role());
            while (name.find()) {
                String lower = name.group().toLowerCase(Locale.ROOT);
                if (!elsewhere.contains(lower) && !elsewhere.contains(stem(lower))) {
                    onlyInRoles.add(lower);
                }
            }
        }
        // the questions a fact answers, in the askers' words: "パンデミック" is a word of the knowledge, though its texts
        // say "大流行"
        String japanese = java.util.stream.Stream.of(written.stream(), kb.entities().stream().flatMap(e -> e.card().description(Lang.JA).stream()),
                        kb.facts().stream().flatMap(f -> f.asks(Lang.JA).stream()))
                .flatMap(s -> s)
                .filter(text -> org.rujp.bot.knowledge.Scripts.japanese(text) > 0).collect(java.util.stream.Collectors.joining("\n"));
        japaneseComplete = kb.facts().stream().allMatch(f -> f.has(Lang.JA) || !f.has(Lang.EN));
        japaneseWords = Set.copyOf(org.rujp.bot.answer.analysis.LexiconRules.of(Lang.JA).terms(japanese));
        japaneseText = japanese;
        java.util.Map<String, Integer> frequency = new java.util.HashMap<>();
        factWords.values().forEach(stems -> stems.forEach(w -> frequency.merge(w, 1, Integer::sum)));
        // (people and places only: a programme's or a body's name is made of common words, "姉妹都市", "投資")
        kb.entities().stream().filter(e -> e.kind() == Entity.Kind.PERSON || e.kind() == Entity.Kind.PLACE)
                .forEach(e -> japaneseNamePairs.addAll(japanesePairs(String.join("\n", e.names().getOrDefault(Lang.JA, List.of())))));
        kb.entities().forEach(e -> e.allNames().forEach(n -> {
            Matcher m = TOKEN.matcher(n.toLowerCase(Locale.ROOT));
            while (m.find()) {
                nameStems.add(stem(m.group()));
            }
        }));
        frequency.forEach((w, n) -> {
            if (n > factWords.size() / 2 && !nameStems.contains(w)) { // a name the question gives is topical however common
                commonStems.add(w);
            }
        });
    }

    /**
     * Whether a text is words in lower-case Latin letters ("point", "joint venture") each of which the knowledge writes,
     * alone or as part of a word ("eight-point").
     */
    private boolean englishWordsOfTheKnowledge(String text) {
        return LOWER_LATIN.matcher(text).matches()
                && java.util.Arrays.stream(text.split("[ -]+")).allMatch(w -> w.isEmpty() || knowsWord(w) || wordParts.contains(w));
    }

    private void addWords(String text) {
        Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (m.group().contains("-")) {
                wordParts.addAll(List.of(m.group().split("-")));
            }
            vocabulary.add(m.group());
            vocabulary.add(stem(m.group()));
            if (org.rujp.bot.knowledge.Scripts.cyrillic(m.group()) > 0) {
                russianStems.add(russianStem(m.group()));
            }
        }
    }

    /** Frame words of questions, which say nothing about the topic. */
    private static final Set<String> FRAME_WORDS = Set.of("what", "which", "when", "where", "whom", "whose", "many", "much",
            "does", "were", "have", "been", "with", "from", "that", "this", "there", "they", "their", "them", "will", "would",
            "could", "should", "about", "into", "today", "tomorrow", "right", "now", "please", "tell", "know", "some",
            "когда", "какой", "какая", "какое", "какие", "каком", "какого", "сколько", "было", "были", "будет", "этот",
            "этом", "этой", "есть", "если", "скажи", "скажите", "пожалуйста", "сегодня", "завтра", "почему", "зачем");

    /**
     * Whether the fact (in any language, with its tags and the names of its entities) shares at least one
     * topic word with the question. A fact that shares none is near the question only in the embedding
     * space; on the gold set every answerable question shares a word with its fact. Scripts with word
     * boundaries only (English, Russian).
     */
    boolean sharesAWord(String question, Lang lang, Fact fact) {
        // a word of another language left in brackets ("交易回転（товарооборот）") is read in its own
        for (org.rujp.bot.answer.analysis.Glosses.Gloss gloss : org.rujp.bot.answer.analysis.Glosses.of(question, lang)) {
            if (sharesAWord(gloss.text(), gloss.lang(), fact)) {
                return true;
            }
        }
        if (lang == Lang.JA) {
            return sharesAJapaneseWord(question, fact);
        }
        Set<String> words = factWords.getOrDefault(fact.id(), Set.of());
        if (ofPeople.contains(fact.id())) {
            // "посетители 2020" of "400 000 человек": visitors, attendees, people are one topic
            org.rujp.bot.answer.analysis.LexiconRules rules = org.rujp.bot.answer.analysis.LexiconRules.of(lang);
            if (rules.terms(question).stream().anyMatch(rules::people)) {
                return true;
            }
        }
        // (a nationality of either side is of every fact: "what do japanese kids eat at school?" speaks of none)
        org.rujp.bot.answer.analysis.LexiconRules sides = org.rujp.bot.answer.analysis.LexiconRules.of(lang);
        Matcher q = TOKEN.matcher(question.toLowerCase(Locale.ROOT));
        while (q.find()) {
            boolean capitalised = Character.isUpperCase(question.codePointAt(q.start()));
            java.util.List<String> forms = new java.util.ArrayList<>(java.util.List.of(q.group()));
            if (q.group().contains("-")) {
                forms.addAll(java.util.List.of(q.group().split("-")));
            }
            for (String word : forms) {
                // digits are no topic: a year is checked on its own, and "2018" is in many facts; a short word is none
                // unless it is a name's, written as one ("Abe", not the "мир" of "чемпионат мира")
                if ((word.length() > 3 || capitalised && nameStems.contains(stem(word))) && !FRAME_WORDS.contains(word) && !word.chars().allMatch(Character::isDigit)
                        && !commonStems.contains(stem(word)) && words.contains(stem(word)) && sides.nationalities(sides.terms(word)).isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the question names where and when the fact's event was: one of its places finer than a country, and its
     * year or month. "Who met in Moscow in November 2017?" shares no topic word with the talks of Lavrov and Kono, only
     * their city and time, which together are that event's (a city alone is in many facts, and so is a year; whether
     * the time asked is the fact's at all is checked next, as for every question).
     */
    boolean namesWhereAndWhen(String question, Fact fact) {
        Optional<org.rujp.bot.knowledge.EventDate> date = fact.date().filter(org.rujp.bot.knowledge.EventDate::hasYear);
        if (date.isEmpty()) {
            return false;
        }
        Matcher years = YEAR.matcher(question);
        boolean when = date.get().month() > 0 && Months.named(question).contains(date.get().month());
        while (!when && years.find()) {
            when = Integer.parseInt(years.group(1)) == date.get().year();
        }
        String lower = question.toLowerCase(Locale.ROOT);
        return when && fact.slots().places().stream().flatMap(id -> kb.entity(id).stream())
                .filter(e -> !e.card().placeTypeIn(org.rujp.bot.knowledge.EntityCard.PlaceType.COUNTRY))
                .anyMatch(e -> LeadExtractor.mentioned(e, lower));
    }

    /** Per fact, the pairs of kanji or katakana in a row of its text, tags, questions and the names of what it speaks of. */
    private final java.util.Map<String, Set<String>> japanesePairs = new java.util.concurrent.ConcurrentHashMap<>();
    /** Kanji or katakana written in a row: the words of a Japanese text that carry its topic. */
    private static final Pattern KANJI_OR_KATAKANA = Pattern.compile("[\\p{IsHan}\\p{IsKatakana}ー]{2,}");
    /**
     * Pairs that tell no topic: the two countries' names ("日本の消費税率" shares "日本" with every fact and speaks of
     * none), units and counters, and words of asking.
     */
    private static final Set<String> UNTOPICAL_PAIRS = Set.of("日本", "本の", "ロシ", "シア", "日露", "ソ連", "パー", "ーセ", "セン", "ント",
            "何年", "何月", "何日", "何人", "何件", "何回", "何個", "何パ", "何ド", "何円", "何億", "何万", "何の", "何時", "何処");

    /**
     * Whether a Japanese question shares two kanji or katakana in a row with the fact, other than a country's name, a
     * unit or a word of asking: "日本の消費税率って、いま何パーセント？" shares none with the fact of trade growing
     * 17%, nor "2018年のサッカーW杯ロシア大会で優勝した国は？". Pairs, not words: the tokenizer cuts names and compounds
     * differently in different sentences ("世耕さん", "通信社").
     */
    private boolean sharesAJapaneseWord(String question, Fact fact) {
        if (!fact.has(Lang.JA)) {
            return true; // read in English, against the question rendered in it
        }
        Set<String> pairs = japanesePairs.computeIfAbsent(fact.id(), id -> {
            StringBuilder text = new StringBuilder(fact.texts().getOrDefault(Lang.JA, "")).append('\n').append(String.join("\n", fact.tags()))
                    .append('\n').append(String.join("\n", fact.asks(Lang.JA)));
            fact.entities().forEach(e -> kb.entity(e).ifPresent(en -> text.append('\n').append(String.join("\n", en.allNames()))));
            Set<String> all = japanesePairs(text.toString());
            // a name in Latin letters ("RDIF") is a topic word of its own
            Matcher other = LATIN.matcher(org.rujp.bot.text.Widths.folded(text.toString()).toLowerCase(Locale.ROOT));
            while (other.find()) {
                all.add(other.group());
            }
            return Set.copyOf(all);
        });
        Set<String> asked = japanesePairs(question);
        String folded = org.rujp.bot.text.Widths.folded(question).toLowerCase(Locale.ROOT);
        Matcher latin = LATIN.matcher(folded);
        while (latin.find()) {
            if (pairs.contains(latin.group())) {
                return true;
            }
        }
        // a name written in hiragana ("つくば"), wherever the question's own hiragana run it together with its particles
        if (fact.entities().stream().flatMap(e -> kb.entity(e).stream()).flatMap(e -> e.names().getOrDefault(Lang.JA, List.of()).stream())
                .anyMatch(n -> HIRAGANA_WORD.matcher(n).matches() && folded.contains(n))) {
            return true;
        }
        asked.removeAll(UNTOPICAL_PAIRS);
        return asked.isEmpty() || asked.stream().anyMatch(pairs::contains);
    }

    private static final Pattern LATIN = Pattern.compile("[a-z]{2,}");
    private static final Pattern HIRAGANA_WORD = Pattern.compile("[\\p{IsHiragana}]{2,}");

    /** Words telling that a quotation is what someone said: "Putin said «…»", "«…», — заявил", "「…」と述べた". */
    private static final Pattern SPOKEN = Pattern.compile("(?iu)\\b(?:say|says|said|saying|told|tells|quot\\w*|words|remark\\w*|statement|declared?|stated?|claim\\w*)\\b"
            + "|(?:сказа|говор|заяв|произн|слова|фраз|цитат|высказ|отмети|подчеркн)"
            + "|(?:述べ|言っ|言う|言わ|語っ|語る|発言|表明|強調|話し|話す|という言葉|という趣旨|評し|たとえ|例え)");
    /** The writer's own words: "we want to say «…»", "our draft says", "хотим написать": their draft, no one's statement. */
    private static final Pattern FIRST_PERSON = Pattern.compile("(?iu)\\b(?:I|I'd|I'm|we|we'd|we're|my|our|us|me)\\b|(?<!\\p{L})(?:я|мы|мне|нам|наш\\p{L}*|мо[йяеи]\\p{L}*|хочу|хотим|черновик\\p{L}*)(?!\\p{L})|私|僕|我々|うち|原稿|下書き");
    /** Characters before a quotation's opening, and after its closing, that may hold the words telling who said it. */
    private static final int QUOTE_BEFORE = 40;
    private static final int QUOTE_AFTER = 25;

    /** The question without the quotations of the writer's own draft ("we want to say «a packed hall»"). */
    static String withoutWritersQuotes(String question) {
        Matcher m = LexiconRules.QUOTED.matcher(question);
        StringBuilder kept = new StringBuilder();
        while (m.find()) {
            boolean writers = FIRST_PERSON.matcher(question.substring(Math.max(0, m.start() - QUOTE_BEFORE), m.start())).find();
            m.appendReplacement(kept, writers ? " " : Matcher.quoteReplacement(m.group()));
        }
        return m.appendTail(kept).toString();
    }

    /**
     * A quotation the question gives as someone's words ("At which meeting did Putin say «Japan and Russia are eternal
     * neighbours»?") of whose own words (not names, not the commonest topic words) the fact holds fewer than a third:
     * the fact does not report that statement, whatever else it shares with the question. A writer's own draft in
     * quotation marks ("we want to say «a packed hall»") is no one's statement and is not checked here.
     */
    Optional<String> unheldQuote(String question, Lang lang, Fact fact) {
        Matcher m = LexiconRules.QUOTED.matcher(question);
        while (m.find()) {
            String before = question.substring(Math.max(0, m.start() - QUOTE_BEFORE), m.start());
            String after = question.substring(m.end(), Math.min(question.length(), m.end() + QUOTE_AFTER));
            boolean spoken = SPOKEN.matcher(before).find() || SPOKEN.matcher(after).find();
            if (!spoken || FIRST_PERSON.matcher(before).find()) {
                continue;
            }
            String quote = m.group(1);
            if (KANJI_OR_KATAKANA.matcher(quote).find() != (lang == Lang.JA)) {
                continue; // quoted in another script than the reading's: a rendering keeps the quotation as written
            }
            int own = 0;
            int held = 0;
            if (lang == Lang.JA) {
                if (!fact.has(Lang.JA)) {
                    continue;
                }
                Set<String> factPairs = japanesePairs(fact.text(Lang.JA) + "\n" + String.join("\n", fact.asks(Lang.JA)));
                for (String pair : japanesePairs(quote)) {
                    if (!UNTOPICAL_PAIRS.contains(pair) && !japaneseNamePairs.contains(pair)) {
                        own++;
                        held += factPairs.contains(pair) ? 1 : 0;
                    }
                }
            } else {
                Set<String> words = factWords.getOrDefault(fact.id(), Set.of());
                Matcher w = TOKEN.matcher(quote.toLowerCase(Locale.ROOT));
                while (w.find()) {
                    String word = w.group();
                    String stem = stem(word);
                    if (word.length() > 3 && !FRAME_WORDS.contains(word) && !word.chars().allMatch(Character::isDigit)
                            && !commonStems.contains(stem) && !nameStems.contains(stem)) {
                        own++;
                        held += words.contains(stem) ? 1 : 0;
                    }
                }
            }
            if (own >= 2 && held * 3 < own) { // (one word of its own is too little to tell a statement by)
                return Optional.of(quote.strip());
            }
        }
        return Optional.empty();
    }

    private static Set<String> japanesePairs(String text) {
        Set<String> pairs = new HashSet<>();
        Matcher m = KANJI_OR_KATAKANA.matcher(org.rujp.bot.text.Widths.folded(text));
        while (m.find()) {
            String run = m.group();
            for (int i = 0; i + 2 <= run.length(); i++) {
                pairs.add(run.substring(i, i + 2));
            }
        }
        return pairs;
    }

    private static Set<String> stems(Fact fact, KnowledgeBase kb) {
        StringBuilder text = new StringBuilder(String.join(" ", fact.texts().values())).append(' ').append(String.join(" ", fact.tags()));
        // the questions it answers speak of its topic in the askers' words ("аудитория" of the people who came)
        for (Lang lang : Lang.values()) {
            text.append(' ').append(String.join(" ", fact.asks(lang)));
        }
        for (String id : fact.entities()) {
            kb.entity(id).ifPresent(e -> text.append(' ').append(String.join(" ", e.allNames())).append(' ').append(e.role()));
        }
        Set<String> stems = new HashSet<>();
        Matcher m = TOKEN.matcher(text.toString().toLowerCase(Locale.ROOT));
        while (m.find()) {
            stems.add(stem(m.group()));
            for (String part : m.group().split("-")) { // "8-point" also speaks of a "point"
                stems.add(stem(part));
            }
        }
        return stems;
    }

    private static final Pattern PROSPECTIVE_EN = Pattern.compile(
            "\\b(?:step towards|scheduled|expected to|(?:was|were) to|planned|plan to|would|will|soon|due to|supposed to|going to|intend|wants? to|wanted to|hop(?:e|es|ed|ing) to|aim(?:s|ed)? to)");
    private static final Pattern PROSPECTIVE_RU = Pattern.compile("(?:шаг к|должн|планир|ожида|будет|будут|предстоит|намеч|собира|скоро|хоте|хочет|хотят)");
    private static final Pattern PROSPECTIVE_JA = Pattern.compile("(?:向けた|予定|見込み|目指|計画|方針|はず|つもり|だろう|って話|という話|ことになっ|(?<!っ|知り|確認し|聞き|伺い|調べ|確かめ|教えてもらい|教えていただき)たい)"); // 伸ばしたい: a wish, not いったい; 確認したい: the writer's
    /** A question asking what something is for, leads to or is ready for: it asks of the plan, not of what came of it. */
    private static final Pattern ASKS_GOAL_EN = Pattern.compile(
            "\\b(?:goals?|aims?|targets?|objectives?|purpose|meant to|intended|end game|endgame|what for|steps? towards?|stepping stone|foothold|lead to|leading to|ready to|willing to|prepared to)\\b");
    private static final Pattern ASKS_GOAL_RU = Pattern.compile("(?:цел[ьиея]|задач|ради чего|зачем|для чего|к чему|шаг\\p{L}* к|ступен\\p{L}* к|плацдарм|готов)");
    private static final Pattern ASKS_GOAL_JA = Pattern.compile("(?:目標|目的|狙い|ねらい|向かう|向け|ステップ|一歩|足がかり|足掛かり|布石|何のため|なんのため|用意|構え|意向)");
    private static final Pattern OUTCOME_EN = Pattern.compile("\\b(?:finally|in the end|eventually|ended up|end up|outcome|actually (?:take|took|taken) place|actually happen(?:ed)?|really (?:take|took) place)\\b");
    /** A time given as a bound of the event asked about, not its time: "before the January 2018 announcement", "после 2018 года", "2018年以降". */
    private static final Pattern BOUND = Pattern.compile("(?iu)(?:(?<!\\p{L})(?:before|prior to|after|until|since|до|перед|после)(?!\\p{L})"
            + "(?:\\P{L}+\\p{L}+){0,4}?\\P{L}+(?:1[89]|20)\\d\\d(?!\\d)|(?:1[89]|20)\\d\\d年(?:\\d{1,2}月)?\\S{0,6}?(?:以前|以降|より前|より後|前|後))");
    private static final Pattern BEFORE = Pattern.compile("(?iu)before|prior|until|до|перед|以前|より前|前");
    private static final Pattern OUTCOME_RU = Pattern.compile("(?:в итоге|в конце концов|наконец|(?<!по )итог|чем (?:закончил|завершил)\\p{L}*|как прош(?:ла|ло|ли|[её]л)(?!\\p{L})"
            + "|(?:состоял|прош)(?:ась|ся|ось|ись|ла|ло|ли|[её]л) ли(?!\\p{L}))"); // "по итогам работы": following on, no outcome asked
    private static final Pattern OUTCOME_JA = Pattern.compile("(?:結局|最終的|ついに|結果|実際に(?:は|開|行|実現)|実際の|実績)");
    /**
     * What came of a plan set against the plan: "in the end", "в итоге", "実際には", "結局" with a past verb ("結局どんな成果を
     * 上げたのか"; "結局なにを伸ばしたいわけ" asks the aim).
     */
    private static final Pattern ACTUALLY_EN = Pattern.compile("\\b(?:in the end|ended up|end up|in reality|did it (?:actually |really )?(?:happen|take place)"
            + "|(?:actually|really|ever) (?:happen(?:ed)?|take place|took place|go ahead|went ahead)|as planned|as scheduled|on schedule)\\b");
    private static final Pattern ACTUALLY_RU = Pattern.compile("(?:в итоге|в конце концов|на самом деле|в действительности|состоял(?:ась|ся|ось|ись) ли"
            + "|как (?:и )?(?:планировал|намечал|обещал)\\p{L}*)");
    private static final Pattern ACTUALLY_JA = Pattern.compile("(?:実際には|実際に(?:開|行|実現)|実際の|実績|結果的に|(?:結局|最終的に)[^。？?]*た(?:の|ん|か|[?？])"
            + "|(?:予定|計画)(?:どおり|通り))");

    /**
     * Words asking whether a plan has been carried out by now: "already", "yet", "as planned", "уже", "как планировалось", "もう",
     * "予定どおり" ("もう1年", "もうすぐ" are no such word: one more year, soon).
     */
    private static final Map<Lang, Pattern> ALREADY = Map.of(
            Lang.EN, Pattern.compile("\\b(?:already|yet|as planned|as scheduled|on schedule|up and running)\\b"),
            Lang.RU, Pattern.compile("(?<!\\p{L})(?:уже|как (?:и )?(?:планировал|намечал|обещал)\\p{L}*|в срок)(?!\\p{L})"),
            Lang.JA, Pattern.compile("(?:もう(?![0-9０-９一二三少すぐ度])|すでに|既に|予定(?:どおり|通り)|計画(?:どおり|通り)|ちゃんと)"));
    /** A condition set against what happened: "if it had gone ahead", "если бы", "開かれていたら": of the plan, not of what came of it. */
    private static final Map<Lang, Pattern> CONDITIONAL = Map.of(
            Lang.EN, Pattern.compile("\\b(?:if|had it|were it)\\b"),
            Lang.RU, Pattern.compile("(?<!\\p{L})(?:если|бы)(?!\\p{L})"),
            Lang.JA, Pattern.compile("(?:ていたら|てたら|でいたら|だったら|ていれば|なら)"));

    /**
     * A question about how something finally turned out ("What did they finally agree?", "When will
     * they finally sign?", "в итоге", "結局") answered by a fact that only speaks of it as planned or hoped
     * for ("a step towards signing", "were scheduled to meet"): the articles do not tell the outcome.
     * (A plain past-tense "When was it held?" is not enough to tell: the asked event may be another one,
     * such as the announcement of the plan.)
     */
    static boolean presumesWhatIsOnlyPlanned(String question, Lang lang, Fact fact) {
        String q = question.toLowerCase(Locale.ROOT);
        String f = fact.text(lang).toLowerCase(Locale.ROOT);
        Pattern prospective = switch (lang) {
            case EN -> PROSPECTIVE_EN;
            case RU -> PROSPECTIVE_RU;
            case JA -> PROSPECTIVE_JA;
        };
        Pattern outcome = switch (lang) {
            case EN -> OUTCOME_EN;
            case RU -> OUTCOME_RU;
            case JA -> OUTCOME_JA;
        };
        // a question that itself names the plan ("予定されていた…実際には") is of a fact its English text gives as planned, however
        // the fact's own language words it ("会談を開くことで合意": agreed that they would meet)
        // (and an outcome asked of a fact whose English gives a plan is asked of that plan: "Чем закончилась встреча…" of the
        // agreement "that their foreign ministers would meet", which Russian words "о договорённости провести")
        boolean factPlanned = prospective.matcher(f).find();
        if (!factPlanned && (lang == Lang.EN || !fact.texts().containsKey(Lang.EN)
                || !PROSPECTIVE_EN.matcher(fact.text(Lang.EN).toLowerCase(Locale.ROOT)).find())) {
            return false;
        }
        // "has the plant already started?", "сейчас работает?", "もう動いていますか": whether it is done by now (read only of a
        // fact about a plan: the question's terms are analysed for it)
        boolean byNow = asksWhetherDoneByNow(q, lang);
        if (!factPlanned && !prospective.matcher(q).find() && !outcome.matcher(q).find() && !byNow) {
            return false;
        }
        Pattern asksGoal = switch (lang) {
            case EN -> ASKS_GOAL_EN;
            case RU -> ASKS_GOAL_RU;
            case JA -> ASKS_GOAL_JA;
        };
        // "what will it eventually lead to", "what is the stated end goal", "最終的にどこへ向かうためのステップ": the plan is asked
        Pattern actually = switch (lang) {
            case EN -> ACTUALLY_EN;
            case RU -> ACTUALLY_RU;
            case JA -> ACTUALLY_JA;
        };
        // ... unless the question sets what came of it against the plan: "予定されていた…実際には", "запланированная … в итоге"
        // (a goal asked stays the plan asked: "what do they hope it will eventually lead to")
        boolean askedAsPlanned = prospective.matcher(q).find() && !actually.matcher(q).find() || asksGoal.matcher(q).find();
        return !askedAsPlanned && (outcome.matcher(q).find() || byNow) || !askedAsPlanned && asksAboutAGoalAsDone(q, lang, f)
                || !askedAsPlanned && asksWhatCameOf(q, lang, f);
    }

    /** Whether a question asks whether something is done by now: "already", "now", "still", not as a condition ("if"). */
    private static boolean asksWhetherDoneByNow(String question, Lang lang) {
        if (CONDITIONAL.get(lang).matcher(question).find()) {
            return false;
        }
        LexiconRules rules = LexiconRules.of(lang);
        List<String> terms = rules.terms(question);
        return ALREADY.get(lang).matcher(question).find() || rules.asksNow(terms) || rules.asksStill(terms);
    }

    /**
     * An agreement or decision to do something, which is the plan, not what came of it: "agreed to meet",
     * "договорился встретиться", "会うことで合意した".
     */
    private static final java.util.Map<Lang, Pattern> AGREED_TO_DO = java.util.Map.of(
            Lang.EN, Pattern.compile("\\b(?:agree|agreed|agrees|decide|decided|decides)\\s+to\\s+\\p{L}+", Pattern.CASE_INSENSITIVE),
            Lang.RU, Pattern.compile("(?<!\\p{L})(?:договор|реш|соглас)\\p{L}*\\s+(?:\\p{L}+\\s+)?\\p{L}+(?:ть|ться|ти|тись|чь)(?!\\p{L})",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            Lang.JA, Pattern.compile("ことで(?:合意|一致)|ことに(?:合意|決め|決定|し)"));

    /**
     * "What did the ministers agree at their spring meeting?" asks what came of an event, which the fact (only
     * planned) cannot tell: an outcome word of the question that the fact does not itself state ("had agreed that
     * they would meet" states its agreement).
     */
    static boolean asksWhatCameOf(String question, Lang lang, String fact) {
        LanguageRules rules = LexiconRules.of(lang);
        question = AGREED_TO_DO.get(lang).matcher(question).replaceAll(" ");
        // a fact reporting an outcome of its own ("agreed to hold a year") is no plan only
        return !rules.outcomes(rules.terms(question)).isEmpty() && rules.outcomes(rules.terms(fact)).isEmpty();
    }

    private static final Pattern GOAL_EN = Pattern.compile("\\b(?:steps? towards|aimed at) ([a-z]+)");
    private static final Pattern GOAL_RU = Pattern.compile("(?:шаг\\p{L}* к|направлен\\p{L}* на) (\\p{L}+)");
    private static final Pattern GOAL_JA = Pattern.compile("(\\p{IsHan}{2})(?:に向けた|を目指)");

    /**
     * A question that speaks of an event as done ("When did they sign a peace treaty?") when the fact
     * names that event only as a goal ("a step towards signing a peace treaty"): the articles do not say
     * it happened. The question's own wording must not be a goal too ("What is it a step towards?").
     * Compared by word stem: English without -ing/-ed/-s, Russian by its first five letters, Japanese by
     * the two characters before に向けた or を目指.
     */
    static boolean asksAboutAGoalAsDone(String question, Lang lang, String fact) {
        Pattern goal = switch (lang) {
            case EN -> GOAL_EN;
            case RU -> GOAL_RU;
            case JA -> GOAL_JA;
        };
        if (goal.matcher(question).find()) {
            return false;
        }
        Matcher m = goal.matcher(fact);
        while (m.find()) {
            String word = m.group(1);
            boolean asked = switch (lang) {
                case EN -> Pattern.compile("\\b" + Pattern.quote(word.replaceFirst("(?:ing|ed|s)$", "")) + "(?:ing|ed|s)?\\b").matcher(question).find();
                case RU -> word.length() >= 5 && Pattern.compile("(?<!\\p{L})" + Pattern.quote(word.substring(0, 5))).matcher(question).find();
                case JA -> question.contains(word);
            };
            if (asked) {
                return true;
            }
        }
        return false;
    }

    /**
     * A month the question names ("met in February", "в феврале", "2月に") that the fact neither dates nor names, nor
     * holds in a season it names ("spring" holds April): a fact of a meeting planned for spring does not tell of one in
     * February. The article's month counts for a fact it does not date otherwise, and when the question speaks of a
     * report ({@code ofReport}): "the January TASS report" is of the article's month.
     */
    private static Optional<String> unstatedMonth(String question, Fact fact, Source source, boolean ofReport,
                                                  java.util.function.BooleanSupplier ofWords) {
        Set<Integer> asked = Months.named(question);
        if (asked.isEmpty()) {
            return Optional.empty();
        }
        Set<Integer> known = new HashSet<>();
        fact.date().filter(d -> d.month() > 0).ifPresent(d -> known.add(d.month()));
        for (String text : fact.texts().values()) {
            known.addAll(Months.named(text));
            known.addAll(Months.ofSeasons(text));
        }
        if (fact.date().isEmpty() || ofReport) {
            known.add(source.published().getMonthValue());
        }
        // whether the question asks of the fact's reported words is read only when a month asked is not known otherwise
        if (!known.containsAll(asked) && ofWords.getAsBoolean()) {
            fact.slots().reported().filter(d -> d.month() > 0).ifPresent(d -> known.add(d.month()));
        }
        // "which agency does the July item cite, and which the November one?": of several months, each fact is of one
        if (asked.size() > 1 && asked.stream().anyMatch(known::contains)) {
            return Optional.empty();
        }
        return asked.stream().filter(m -> !known.contains(m)).findFirst()
                .map(m -> "the question asks about " + java.time.Month.of(m).getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
                        + ", which the best fact does not cover");
    }

    /** The problem of a question taking as done what its fact only reports as planned. */
    static final String ONLY_PLANNED = "the question takes as done what the fact only reports as planned";

    /** Why no fact can answer the question whatever it says (checked once, before the facts), or empty. */
    Optional<String> questionProblem(String question, Lang lang) {
        return unknownName(question, lang)
                .map(name -> "the question names '" + name + "', which the knowledge base does not mention");
    }

    /**
     * Why the fact cannot answer the question, or empty when it can.
     *
     * @param resolved the question as resolved for retrieval: a follow-up's topic words are in its context
     * @param top whether the fact is the best retrieved one; a runner-up must state a quantity of what
     *            a "how many" question counts, the top fact only some quantity (paraphrases share no words)
     */
    Optional<String> problem(String question, String resolved, Lang lang, QuestionType type, Fact fact, Source source, boolean top) {
        if (!sharesAWord(resolved, lang, fact) && !namesWhereAndWhen(question, fact)) {
            return Optional.of("the best fact shares no topic word with the question");
        }
        Optional<String> otherTime = otherTime(question, lang, fact, source);
        if (otherTime.isPresent()) {
            return otherTime;
        }
        if (presumesWhatIsOnlyPlanned(question, lang, fact)) {
            return Optional.of(ONLY_PLANNED);
        }
        Optional<String> unnamed = unnamedThing(question, lang, fact);
        if (unnamed.isPresent()) {
            return Optional.of("the question asks for the name of " + unnamed.get() + ", which the articles leave unnamed");
        }
        Optional<String> quote = unheldQuote(question, lang, fact);
        if (quote.isPresent()) {
            return Optional.of("the question quotes words ('" + quote.get() + "') that the best fact does not hold");
        }
        if (type == QuestionType.HOW_MANY && leads.quantity(question, fact.text(lang), lang, !top).isEmpty()) {
            return Optional.of("the question asks for a quantity and the fact states none of what it counts");
        }
        return Optional.empty();
    }

    /**
     * A year or a month the question names that the fact's time is not: the fact is of another time than the one
     * asked about (which tells nothing of whether another fact is of that time).
     */
    Optional<String> otherTime(String question, Lang lang, Fact fact, Source source) {
        // "the Russkiy Mir item of 1 July 2019", "the January TASS report": a time may be that of the fact's report
        LexiconRules rules = LexiconRules.of(lang);
        boolean ofReport = rules.speaksOfReport(rules.terms(question));
        // "before the January 2018 announcement" bounds the time of the event asked, it does not date it
        Matcher bound = BOUND.matcher(question);
        while (bound.find()) {
            Matcher year = YEAR.matcher(bound.group());
            if (!year.find()) {
                continue;
            }
            int asked = Integer.parseInt(year.group(1));
            boolean before = BEFORE.matcher(bound.group()).find();
            if (fact.date().filter(org.rujp.bot.knowledge.EventDate::hasYear).isPresent()) {
                int factYear = fact.date().get().year();
                if (before ? factYear > asked : factYear < asked) {
                    return Optional.of("the question asks about a time " + (before ? "before " : "after ") + asked
                            + ", which the best fact does not cover");
                }
            } else if (!before && source.published().getYear() < asked) {
                // a fact its article does not date by the year tells nothing of a time after the article was written
                return Optional.of("the question asks about a time after " + asked + ", which the best fact's article does not reach");
            }
        }
        question = org.rujp.bot.answer.analysis.CountsLikeYears.blanked(BOUND.matcher(question).replaceAll(" "));
        Matcher years = YEAR.matcher(question);
        java.util.Set<String> asked = new java.util.LinkedHashSet<>();
        while (years.find()) {
            asked.add(years.group(1));
        }
        // (a year the texts name only as their report's is not the time of what they tell: "trade grew by 17% in 2018,
        // Oreshkin said in June 2019" tells nothing of trade in 2019, unless the question asks of the words or report)
        String asking = question;
        java.util.function.Predicate<String> onlyReported = year -> !ofReport && fact.date().filter(org.rujp.bot.knowledge.EventDate::hasYear)
                .filter(d -> !Integer.toString(d.year()).equals(year)).isPresent()
                && fact.slots().reported().filter(d -> Integer.toString(d.year()).equals(year)).isPresent() && !ofWords(asking, fact);
        java.util.function.Predicate<String> known = year -> fact.texts().values().stream().anyMatch(t -> t.contains(year)) && !onlyReported.test(year)
                || fact.date().map(d -> Integer.toString(d.year()).equals(year)).orElse(false)
                // the article's year, for a fact it does not date otherwise: a meeting of 2017 reported in 2018 is no 2018 meeting
                || (fact.date().isEmpty() || ofReport) && Integer.toString(source.published().getYear()).equals(year)
                // the years the programme the fact is about was held: the 700 events of the Cross Years are of 2018
                || fact.slots().topic().flatMap(kb::entity).flatMap(e -> e.card().held())
                        .filter(held -> held.covers(Integer.parseInt(year))).isPresent();
        // "which agency does the 2019 report cite, and which the 2021 one?": of several years, each fact is of one
        Optional<String> unknown = asked.size() > 1
                ? (asked.stream().anyMatch(known) ? Optional.empty() : Optional.of(String.join(" and ", asked)))
                : asked.stream().filter(known.negate()).findFirst();
        if (unknown.isPresent()) {
            return Optional.of("the question asks about " + unknown.get() + ", which the best fact does not cover");
        }
        // "…next round? March, I think?": a month guessed is to be checked, not the time asked about
        // (in a clause of its own: "where did they meet in November?" asks of November)
        String read = question;
        return unstatedMonth(Months.withoutGuesses(read, Answerability::guess), fact, source, ofReport, () -> ofWords(read, fact));
    }

    /**
     * The one day the question names ("What did Seko say on 12 June 2019?") when the fact is dated another day of that
     * month (10 June), or by its month alone and reported before that day, and none of its texts names the day asked,
     * nor its report: the fact tells of another day. (Asked for the date, the day named is one to correct: "они
     * встречались 8 сентября? Дайте точную дату" is answered with the 7th; the caller does not ask then.)
     */
    static Optional<String> unstatedDay(String question, Fact fact) {
        if (fact.date().filter(d -> d.month() > 0).isEmpty() || Months.days(question).isEmpty()) {
            return Optional.empty(); // (read for every candidate: the guesses are looked for only when a day is named)
        }
        Set<Integer> asked = Months.days(Months.withoutGuesses(question, Answerability::guess));
        if (asked.size() != 1 || fact.date().filter(d -> d.month() > 0).isEmpty()) {
            return Optional.empty();
        }
        int day = asked.iterator().next();
        org.rujp.bot.knowledge.EventDate date = fact.date().get();
        // (an event dated by its month, reported on the 10th, was over by then: it is no event of the 12th)
        boolean otherDay = date.day() > 0 ? date.day() != day % 100 : fact.slots().reported()
                .filter(r -> r.year() == date.year() && r.month() == date.month() && r.day() > 0 && r.day() < day % 100).isPresent();
        if (date.month() != day / 100 || !otherDay
                || fact.slots().reported().filter(r -> r.month() * 100 + r.day() == day).isPresent()
                || fact.texts().values().stream().anyMatch(t -> Months.days(t).contains(day))) {
            return Optional.empty();
        }
        return Optional.of("the question asks about " + (day % 100) + " "
                + java.time.Month.of(day / 100).getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + ", which the best fact does not cover");
    }

    /**
     * Whether the question asks of someone's words that the fact reports: "which spokesperson told reporters in January
     * 2018 that…" is of the month the words were reported in, whatever time they speak of.
     */
    private static boolean ofWords(String question, Fact fact) {
        if (fact.slots().reported().isEmpty() || fact.slots().actors(org.rujp.bot.knowledge.Slots.Actor.Part.SPEAKER).isEmpty()) {
            return false;
        }
        LanguageRules rules = LexiconRules.of(LanguageDetector.detect(question, Optional.empty()));
        return rules.mentions(rules.terms(question), org.rujp.bot.knowledge.Slots.Actor.Part.SPEAKER);
    }

    /** Whether a value is given as a guess: a hedge after it, and no question word in its clause before it. */
    private static boolean guess(String before, String after) {
        List<org.rujp.bot.answer.analysis.LexiconRules> all = java.util.Arrays.stream(Lang.values())
                .map(org.rujp.bot.answer.analysis.LexiconRules::of).toList();
        return all.stream().anyMatch(r -> r.guessed(after)) && all.stream().allMatch(r -> r.frames(r.terms(before)).isEmpty());
    }

    /** The seasons a question may name, each with its months and the words of it in the three languages. */
    private static final List<Season> SEASONS = List.of(
            new Season("spring", java.util.Set.of(3, 4, 5), Pattern.compile("(?iu)\\bspring\\b|(?<!\\p{L})(?:весн|весен)\\p{L}*|春")),
            new Season("summer", java.util.Set.of(6, 7, 8), Pattern.compile("(?iu)\\bsummer\\b|(?<!\\p{L})(?:летом|летн\\p{L}+)|夏")),
            new Season("autumn", java.util.Set.of(9, 10, 11),
                    Pattern.compile("(?iu)\\bautumn\\b|\\b(?:in|that|last|the) fall\\b|(?<!\\p{L})осен\\p{L}*|秋")),
            new Season("winter", java.util.Set.of(12, 1, 2), Pattern.compile("(?iu)\\bwinter\\b|(?<!\\p{L})зим\\p{L}*|冬")));

    private record Season(String name, java.util.Set<Integer> months, Pattern words) {
    }

    /**
     * "Did Lavrov and Kono end up meeting that spring?" answered by their talks of late November: a season the question
     * names that the fact's month is not in, and that no text of the fact names either.
     */
    static Optional<String> otherSeason(String question, Fact fact) {
        Optional<Integer> month = fact.date().map(org.rujp.bot.knowledge.EventDate::month).filter(m -> m > 0);
        if (month.isEmpty()) {
            return Optional.empty();
        }
        // "…kick off? Our office wants to say it "opened in spring"": the writer's draft is what the answer corrects
        String asked = withoutWritersQuotes(question);
        for (Season season : SEASONS) {
            if (season.words().matcher(asked).find() && !season.months().contains(month.get())
                    && fact.texts().values().stream().noneMatch(t -> season.words().matcher(t).find())) {
                return Optional.of("the question asks about the " + season.name() + ", which the best fact does not cover");
            }
        }
        return Optional.empty();
    }

    /**
     * "What is the name of the X ..." answered by a fact that speaks of "a X" only: the articles know the
     * thing but not its name.
     */
    static Optional<String> unnamedThing(String question, Lang lang, Fact fact) {
        if (lang == Lang.RU) {
            return unnamedThingRu(question, fact);
        }
        if (lang != Lang.EN) {
            return Optional.empty();
        }
        Matcher m = NAME_QUESTION.matcher(question.toLowerCase(Locale.ROOT).replaceAll("(?<=\\w)['\u2019](?=s\\b)", ""));
        if (!m.find()) {
            return Optional.empty();
        }
        String[] words = m.group(1).strip().split("\\s+");
        String head = words.length >= 2 ? words[words.length - 2] + " " + words[words.length - 1] : words[words.length - 1];
        String text = fact.text(Lang.EN).toLowerCase(Locale.ROOT).replaceAll("(?<=\\w)['\u2019](?=s\\b)", ""); // "childrens" is "children's"
        if (text.matches("(?s).*\\ban? (?:[\\w'-]+ ){0,2}" + Pattern.quote(head) + "\\b.*")) {
            return Optional.of(m.group(1).strip());
        }
        // the noun alone, when the words before it in the fact share one with the question's ("Japanese"), none of
        // another sense ("the Russian choir" is named)
        Matcher unnamed = Pattern.compile("\\ban? ((?:[\\w'-]+ ){1,2})" + Pattern.quote(words[words.length - 1]) + "\\b").matcher(text);
        java.util.Set<String> asked = java.util.Set.of(words).stream().filter(w -> !w.equals(words[words.length - 1])).collect(java.util.stream.Collectors.toSet());
        while (unnamed.find()) {
            if (java.util.Arrays.stream(unnamed.group(1).strip().split("\\s+")).anyMatch(asked::contains)) {
                return Optional.of(m.group(1).strip());
            }
        }
        return Optional.empty();
    }

    /** "точное название японского детского хора", "полное наименование …": the words of what is asked by its name. */
    private static final Pattern NAME_QUESTION_RU = Pattern.compile(
            "(?iu)(?:точн|полн|официальн|правильн)\\p{L}* (?:название|наименование) ((?:\\p{L}+ ){0,3}\\p{L}+)");

    /**
     * As {@link #unnamedThing} in Russian, which has no article to tell "a choir" by: the thing asked by its name
     * ("точное название японского детского хора") is in the fact only as lower-case words with no name after them
     * ("японский детский хор"), while a named one is capitalised ("Московского камерного хора") or quoted.
     */
    private static Optional<String> unnamedThingRu(String question, Fact fact) {
        Matcher m = NAME_QUESTION_RU.matcher(question);
        if (!m.find()) {
            return Optional.empty();
        }
        List<String> asked = java.util.Arrays.stream(m.group(1).split("\\s+"))
                .takeWhile(w -> !w.toLowerCase(Locale.ROOT).startsWith("котор")).toList();
        if (asked.size() < 2 || asked.stream().anyMatch(w -> Character.isUpperCase(w.codePointAt(0)))) {
            return Optional.empty(); // one word tells too little; a capitalised one is a name given
        }
        String head = ruStem(asked.get(asked.size() - 1));
        java.util.Set<String> describing = asked.subList(0, asked.size() - 1).stream().map(Answerability::ruStem)
                .collect(java.util.stream.Collectors.toSet());
        Matcher phrase = Pattern.compile("(?u)((?:\\p{L}+ ){1,2})(" + Pattern.quote(head) + "\\p{L}*)(\\s*[«\"]?)").matcher(fact.text(Lang.RU));
        while (phrase.find()) {
            List<String> before = java.util.Arrays.asList(phrase.group(1).strip().split("\\s+"));
            boolean lower = before.stream().allMatch(w -> Character.isLowerCase(w.codePointAt(0)));
            if (lower && phrase.group(3).isBlank() && before.stream().map(Answerability::ruStem).anyMatch(describing::contains)) {
                return Optional.of(String.join(" ", asked));
            }
        }
        return Optional.empty();
    }

    /** The first letters of a Russian word, past its ending: "японского" and "японский" share "японс". */
    private static String ruStem(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.length() <= 5 ? lower.replaceAll("[аяоеиыуюй]+$", "") : lower.substring(0, 5);
    }

    private static final Pattern NAME_QUESTION = Pattern.compile(
            "(?:what|which)(?: is| was| were| are|['\u2019]s|s) the names? of (?:the |a |an )?([\\w' -]+?)(?=\\s+(?:that|which|who|whose|at|in|on|for|from|\\w+ing)\\b|\\?|$)");

    /**
     * A capitalised word inside the question (not its first word) that appears nowhere in the knowledge
     * base: a name the articles never mention. Only for scripts with capitals (English, Russian).
     */
    Optional<String> unknownName(String question, Lang lang) {
        return unknownName(question, lang, word -> false);
    }

    private static final Pattern PATRONYMIC = Pattern.compile("(?:ovich|evich|ovna|evna|ichna|ович|евич|овна|евна|ична|инична)$");
    /** A patronymic in katakana: "ヴィクトロヴィチ", "スタニスラヴォヴィチ", "ユーリエヴナ" (five letters at least). */
    private static final Pattern KATAKANA_PATRONYMIC = Pattern.compile("^[\\p{IsKatakana}ー]{3,}(?:[ヴビ]ィッ?チ|[ヴブ]ナ)$");
    /**
     * Two countries by their one-kanji abbreviations before what two countries share ("日中外相会談", "米露関係"), one of
     * them Japan or Russia and not both: the abbreviations are too short to be told apart from other words alone ("日中"
     * is also the daytime).
     */
    private static final Pattern COUNTRY_PAIR = Pattern.compile(
            "([日露][中韓米英独仏印豪朝台]|[中韓米英独仏印豪朝台][日露])(?=(首脳|外相|外務|会談|関係|間|貿易|交流|協議|経済|協力|両国|共同|首相|政府))");
    private static final Pattern HIRAGANA_ONLY = Pattern.compile("[\\p{IsHiragana}ー]+");
    private static final Pattern LOWER_LATIN = Pattern.compile("[a-z][a-z' -]*");
    /** Whether the English question is a search of a few keywords, with no question word ("sochi meeting date"). */
    private static boolean search(String question) {
        org.rujp.bot.answer.analysis.LexiconRules english = org.rujp.bot.answer.analysis.LexiconRules.of(Lang.EN);
        List<String> terms = english.terms(question);
        return terms.size() <= SEARCH_WORDS && english.frames(terms).isEmpty() && !english.asksYesOrNo(terms);
    }

    private static final int SEARCH_WORDS = 6;

    /** The words before which a lower-case word stands where a place or a party does: "in sakhalin", "for hokkaido". */
    private static final Set<String> NAME_BEFORE = Set.of("in", "for", "from", "at", "near", "around", "to", "with", "about");
    /** A question opening with an auxiliary, up to its subject: "was ", "did ", "has ". */
    private static final Pattern OPENING_AUXILIARY = Pattern.compile("\\s*(?:was|were|is|are|did|does|do|has|have|had)\\s+");
    private static final Pattern INFLECTED = Pattern.compile("(?:ing|ed|ly|s)$");

    /** The Russian words before which a lower-case word stands where a place does: "в хабаровске", "из саппоро". */
    private static final Set<String> RUSSIAN_PLACE_BEFORE = Set.of("в", "во", "из", "под", "около", "возле", "до");
    /** The endings of a Russian adjective, which no name of a place has: "в ковидном 2020-м". */
    private static final Pattern RUSSIAN_ADJECTIVE = Pattern.compile("(?:ого|его|ому|ему|ом|ем|ой|ей|ых|их|ую|юю|ая|яя|ое|ее|ые|ие|ый|ий)$");
    private static volatile Set<String> russianLexiconTerms;

    /** The terms of the Russian lexicon's words ("сколько", and so "скольки"): words of a question, never names. */
    private static Set<String> russianLexiconTerms() {
        if (russianLexiconTerms == null) {
            org.rujp.bot.answer.analysis.LexiconRules russian = org.rujp.bot.answer.analysis.LexiconRules.of(Lang.RU);
            russianLexiconTerms = russian.words().stream().flatMap(w -> russian.terms(w).stream())
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
        }
        return russianLexiconTerms;
    }

    /** The shortest lower-case Russian word taken for a name: shorter ones are as often a word the dictionary lacks. */
    private static final int LOWER_RUSSIAN_NAME = 5;

    /** A word in lower-case Latin letters long enough to be a name rather than a slip of a short word. */
    private static final Pattern LOWER_NAME = Pattern.compile("[a-z]{4,}");
    private static final java.util.regex.Pattern KATAKANA_WORD = java.util.regex.Pattern.compile("[\\p{IsKatakana}ー]+");

    /** As {@link #unknownName(String, Lang)}, a word {@code alsoKnown} admits not counting as unknown. */
    Optional<String> unknownName(String question, Lang lang, java.util.function.Predicate<String> alsoKnown) {
        return unknownName(question, lang, alsoKnown, word -> false);
    }

    /**
     * As {@link #unknownName(String, Lang, java.util.function.Predicate)}; a katakana word unknown to Kuromoji that
     * {@code loanword} finds among the common words of a dictionary ("スポークスウーマン") is not a name either.
     */
    Optional<String> unknownName(String question, Lang lang, java.util.function.Predicate<String> alsoKnown,
                                 java.util.function.Predicate<String> loanword) {
        if (lang == Lang.JA) {
            if (!japaneseComplete) {
                return Optional.empty(); // passages in English only: a name may be in them in a form no dictionary gives (サハリン)
            }
            Matcher pair = COUNTRY_PAIR.matcher(question);
            while (pair.find()) {
                // (the knowledge's "日韓のパートナー" tells nothing of "日韓外相会談": the pair with what they share)
                if (!japaneseText.contains(pair.group(1) + pair.group(2))) {
                    return Optional.of(pair.group(1)); // "日中外相会談": talks of Japan and China, which no fact tells of
                }
            }
            org.rujp.bot.answer.analysis.LexiconRules japanese = org.rujp.bot.answer.analysis.LexiconRules.of(Lang.JA);
            List<String> loanwords = japanese.unknownKatakana(question).stream().filter(loanword).toList();
            // a name Kuromoji's dictionary knows as one (京都, 北海道) that the knowledge never writes
            return japanese.properNouns(question).stream()
                    .filter(noun -> noun.codePointCount(0, noun.length()) >= 2) // 韓 in 日韓, 露 in 日露: abbreviations of countries
                    // a word in hiragana ("あいだ"), or words in lower-case Latin letters the knowledge writes in English
                    // ("point", "joint venture"), are words of the question written as a learner knows them, not names
                    .filter(noun -> !HIRAGANA_ONLY.matcher(noun).matches() && !englishWordsOfTheKnowledge(noun))
                    .filter(noun -> !loanwords.contains(noun))
                    // a Russian word left in the question ("白血病の薬 лекарства от лейкоза") is a word, not a name
                    .filter(noun -> !(CrossLanguageQuestions.LOWER_CYRILLIC.matcher(noun).matches() && loanword.test(noun)))
                    // a name in katakana with its long vowel left out or marked ("セコ", "コーノ" for セコウ, コウノ)
                    .filter(noun -> !KATAKANA_WORD.matcher(noun).matches()
                            || !known(noun + "ウ") && !known(noun.replace("ー", "ウ")) && !alsoKnown.test(noun + "ウ")
                            // "ザハーロワ", "ラヴロフ": a long vowel or a ヴ the knowledge writes otherwise (ザハロワ, ラブロフ)
                            && !known(noun.replace("ー", "")) && !known(withoutVu(noun)))
                    .filter(noun -> !Abbreviations.standard().common(noun)
                            && !Abbreviations.standard().writersChannel(question, noun, question.indexOf(noun)))
                    .filter(noun -> mistypedName(noun).isEmpty())
                    // "セルゲイ・ヴィクトロヴィチ・ラブロフ": the surname tells whether he is known
                    .filter(noun -> !KATAKANA_PATRONYMIC.matcher(noun).matches())
                    // a short name with its long vowel left out: "コノ" is コウノ, though too short to be respelled
                    .filter(noun -> !KATAKANA_WORD.matcher(noun).matches()
                            || !japaneseNames(japanese).katakanaBySound().containsKey(kanaSound(noun)))
                    .filter(noun -> !japaneseWords.contains(noun) && !known(noun) && !alsoKnown.test(noun)).findFirst();
        }
        Matcher m = TOKEN.matcher(question);
        boolean first = true;
        // a search typed all in lower case marks no name by its capital: a word of it English does not use may be one
        // ("sapporo sister city"); a sentence may have slang the common words lack ("chuffed"), so only a search counts
        boolean allLower = lang == Lang.EN && question.codePoints().noneMatch(Character::isUpperCase);
        boolean lowerCase = allLower && search(question);
        // so in a Russian sentence typed or dictated all in lower case, where a place stands ("центр в хабаровске"): a
        // word there the Russian dictionary lacks by all its stems is a name (with no dictionary, every word is common)
        boolean allLowerRussian = lang == Lang.RU && question.codePoints().noneMatch(Character::isUpperCase);
        String previous = "";
        while (m.find()) {
            String word = m.group();
            boolean sentenceStart = first || isAfterSentenceEnd(question, m.start());
            first = false;
            // in a lower-case sentence, where a place or a party stands: after "in", "for", "from" ("anything for
            // hokkaido"), or as the subject after the opening "was", "did" ("was sakhalin part of it?"); slang stands
            // elsewhere ("who was bragging", "chuffed"), and a word of -ing or -ed is none
            boolean namePlace = allLower && (NAME_BEFORE.contains(previous) || m.start() > 0 && OPENING_AUXILIARY.matcher(question.substring(0, m.start())).matches())
                    && !INFLECTED.matcher(word).find();
            boolean russianPlace = allLowerRussian && RUSSIAN_PLACE_BEFORE.contains(previous) && word.length() >= LOWER_RUSSIAN_NAME
                    && CrossLanguageQuestions.LOWER_CYRILLIC.matcher(word).matches() && !RUSSIAN_ADJECTIVE.matcher(word).find()
                    && !russianLexiconTerms().containsAll(org.rujp.bot.answer.analysis.LexiconRules.of(Lang.RU).terms(word)) && !loanword.test(word);
            previous = word.toLowerCase(Locale.ROOT);
            boolean uncommon = (lowerCase || namePlace) && LOWER_NAME.matcher(word).matches() && !CommonEnglish.contains(word) // "sapporo"
                    || russianPlace;
            if (Character.isUpperCase(word.codePointAt(0)) && namedOnlyInRoles(word)) {
                return Optional.of(word); // "Hokkaido", "Хоккайдо", given only in passing by the Kurils' role line
            }
            if (!uncommon && (sentenceStart || !Character.isUpperCase(word.codePointAt(0)))) {
                continue;
            }
            String lower = word.toLowerCase(Locale.ROOT).replaceAll("['\u2019](?:s|ve|m|d|ll|re)$", ""); // "I've" is "I"
            Optional<String> unknownPart = unknownCapitalisedPart(word);
            if (unknownPart.isPresent() && !alsoKnown.test(unknownPart.get())) {
                return Optional.of(word); // "the Japan-China talks": a known first part does not make the second known
            }
            if (NOT_NAMES.contains(lower) || known(lower) || Months.isMonth(lower) // a month is checked against the fact's date
                    || PATRONYMIC.matcher(lower).find() // "Sergey Viktorovich Lavrov": the surname tells whether he is known
                    || Abbreviations.standard().common(lower) // "KPI", "USD"
                    || Abbreviations.standard().writersChannel(question, lower, m.start())) { // "LinkedIn post"
                continue;
            }
            if (lower.contains("-") && java.util.Arrays.stream(lower.split("-"))
                    .allMatch(p -> p.isEmpty() || vocabulary.contains(p) || vocabulary.contains(stem(p)) || NOT_NAMES.contains(p))) {
                if (!lower.matches(".*\\d.*")) {
                    continue;
                }
            }
            if (alsoKnown.test(word)) {
                continue;
            }
            return Optional.of(word);
        }
        return Optional.empty();
    }

    /**
     * A Japanese name typed or heard a little wrong, as the knowledge writes it: written in other kanji of a reading the
     * same but for the length of a vowel, as an input method or a speech recogniser offers them ("安部" for 安倍, both
     * アベ; "瀬古", セコ, for 世耕, セコウ), or in katakana the same but for the length of a vowel ("ルスキーミール") or
     * one sound off a name of four sounds or more ("ザハロア", "ガルーシュカ").
     */
    Optional<String> mistypedName(String noun) {
        org.rujp.bot.answer.analysis.LexiconRules japanese = org.rujp.bot.answer.analysis.LexiconRules.of(Lang.JA);
        JapaneseNames names = japaneseNames(japanese);
        if (names.katakana().contains(noun) || names.byReading().containsValue(noun)) {
            return Optional.empty();
        }
        if (KATAKANA_WORD.matcher(noun).matches()) {
            String sound = kanaSound(noun);
            Optional<String> alike = sound.length() >= 3 ? Optional.ofNullable(names.katakanaBySound().get(sound)) : Optional.empty();
            return (alike.isPresent() || noun.length() < 4 ? alike
                    : names.katakana().stream().filter(name -> name.length() >= 4 && withinOneEdit(name, noun)).findFirst()
                            // a longer name heard with its ending blurred, its first four letters kept: "ヤロスラフ" is ヤロスラブリ
                            .or(() -> noun.length() < 5 ? Optional.empty() : names.katakana().stream()
                                    .filter(name -> name.length() >= 5 && name.startsWith(noun.substring(0, 4))
                                            && org.rujp.bot.text.Edits.distance(name, noun) <= 2).findFirst()))
                    .map(name -> names.dotted().getOrDefault(name, name));
        }
        return japanese.reading(noun).map(Answerability::kanaSound).filter(r -> r.length() >= 2).map(names.byReading()::get);
    }

    /**
     * The question with its Japanese names typed or heard a little wrong written as the knowledge writes them ("安部 8項目
     * 提案" asks of 安倍, "おれしきん大臣" of オレシキン), so that the names are found, retrieved and not taken for names the
     * articles lack. A name in hiragana is one only when a title or a particle follows it: "この" is no "コウノ".
     */
    public String withNamesRespelled(String question, Lang lang) {
        if (lang != Lang.JA) {
            return withLetteredNamesRespelled(question); // and Cyrillic ones, by sound
        }
        org.rujp.bot.answer.analysis.LexiconRules japanese = org.rujp.bot.answer.analysis.LexiconRules.of(Lang.JA);
        JapaneseNames names = japaneseNames(japanese);
        String out = withWesternOrderRespelled(withHiraganaNamesRespelled(question, names), names);
        Set<String> nouns = new java.util.LinkedHashSet<>(japanese.properNouns(out));
        KATAKANA_WORD.matcher(out).results().map(java.util.regex.MatchResult::group).filter(w -> w.length() >= 3).forEach(nouns::add);
        // a name of two katakana with its long vowel left out, before a title: "セコさん", "セコ大臣" are Seko (セコウ)
        String spelt = out;
        java.util.Map<String, String> titled = new java.util.HashMap<>();
        KATAKANA_WORD.matcher(spelt).results().filter(w -> w.group().length() == 2 && !names.katakana().contains(w.group())
                        && TITLE_AFTER.matcher(spelt).region(w.end(), spelt.length()).lookingAt())
                .forEach(w -> Optional.ofNullable(names.katakanaBySound().get(kanaSound(w.group()))).ifPresent(n -> titled.put(w.group(), n)));
        for (var shortName : titled.entrySet()) {
            out = out.replaceAll("(?<![\\p{IsKatakana}ー])" + shortName.getKey() + "(?=" + TITLE_AFTER.pattern() + ")",
                    Matcher.quoteReplacement(names.dotted().getOrDefault(shortName.getValue(), shortName.getValue())));
        }
        for (String noun : nouns) {
            Optional<String> name = (known(noun) ? Optional.<String>empty() : mistypedName(noun))
                    .or(() -> Optional.ofNullable(names.dotted().get(noun)).filter(dotted -> !dotted.equals(noun))); // ルースキーミール
            if (name.isPresent()) {
                out = out.replace(noun, name.get());
            }
        }
        return out;
    }

    /** Two katakana words with a dot between: a foreign name, or a Japanese one written as a foreign one. */
    private static final Pattern DOTTED_PAIR = Pattern.compile("(?<![\\p{IsKatakana}ー])([\\p{IsKatakana}ー]{2,})[・･]([\\p{IsKatakana}ー]{2,})");

    /**
     * A Japanese person's name in katakana, given name first with a dot between, as a text translated from English or
     * Russian writes it ("シンゾー・アベ", "ヒロシゲ・セコ", "タロウ・コウノ"), written as the knowledge writes that person
     * (安倍, 世耕, 河野), by how the two read the other way round.
     */
    private static String withWesternOrderRespelled(String question, JapaneseNames names) {
        Matcher m = DOTTED_PAIR.matcher(question);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String pair = m.group(1) + m.group(2);
            String name = names.katakana().contains(pair) ? null : names.byReading().get(kanaSound(m.group(2) + m.group(1)));
            m.appendReplacement(out, Matcher.quoteReplacement(name == null ? m.group() : name));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static final Pattern TITLE_AFTER = Pattern.compile("さん|氏|大臣|外相|首相|大統領|報道官|経産相|相");

    /**
     * A name written in hiragana, as a speech recogniser may write one, before a title or a particle: "おれしきん大臣"; not
     * the kana of a word after its kanji ("向こうの大臣" is no Kono).
     */
    private static final Pattern HIRAGANA_NAME = Pattern.compile(
            "(?<![\\p{IsHiragana}\\p{IsHan}])(\\p{IsHiragana}[\\p{IsHiragana}ー]{2,})(?=さん|氏|大臣|外相|首相|大統領|報道官|相|経産相|財団|通信|市|は|が|と|の|に|を|も|って|$|\\s)");

    private static String withHiraganaNamesRespelled(String question, JapaneseNames names) {
        Matcher m = HIRAGANA_NAME.matcher(question);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String said = m.group(1);
            Optional<String> name = Optional.empty();
            // the particle may be part of the run: "おれしきんは" is "おれしきん" and "は"
            for (int end = said.length(); end >= 3 && name.isEmpty(); end--) {
                String katakana = toKatakana(said.substring(0, end));
                String rest = said.substring(end);
                if (!rest.isEmpty() && !rest.matches("さん|は|が|と|の|に|を|も|って|だいじん|がいしょう")) {
                    continue;
                }
                String sound = kanaSound(katakana);
                name = Optional.ofNullable(sound.length() >= 2 ? names.byReading().get(sound) : null) // "せこう": 世耕
                        .or(() -> names.katakana().contains(katakana) ? Optional.of(names.dotted().getOrDefault(katakana, katakana)) : Optional.empty())
                        // "ざはろば": the katakana name of that sound, ザハロワ
                        .or(() -> sound.length() >= 3 ? Optional.ofNullable(names.katakanaBySound().get(sound)) : Optional.empty())
                        .map(n -> n + rest);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(name.orElse(said)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Hiragana written as katakana, the script of Kuromoji's readings: "せこう" is "セコウ". */
    static String toKatakana(String hiragana) {
        StringBuilder out = new StringBuilder();
        hiragana.chars().forEach(c -> out.append((char) (c >= 'ぁ' && c <= 'ゖ' ? c + 0x60 : c)));
        return out.toString();
    }

    /**
     * How a katakana word sounds with its vowels all short, as a listener hears it: "セコウ" and "セコ", "ルースキー・ミール" and
     * "ルスキーミール", "セイコ" and "セコ" come out alike.
     */
    static String kanaSound(String katakana) {
        String plain = LONG_MARKS.matcher(katakana).replaceAll("");
        // sounds written for foreign ones as plain ones: "プティン" for プーチン, "ラヴロフ" for ラブロフ, "オレシュキン" for オレシキン
        for (String[] pair : FOREIGN_SOUNDS) {
            plain = plain.replace(pair[0], pair[1]);
        }
        return LONG_E.matcher(LONG_OU.matcher(plain).replaceAll("")).replaceAll("");
    }

    private static final String[][] FOREIGN_SOUNDS = {
            {"ティ", "チ"}, {"ディ", "ジ"}, {"トゥ", "ツ"}, {"ドゥ", "ズ"}, {"ヴァ", "バ"}, {"ヴィ", "ビ"}, {"ヴェ", "ベ"}, {"ヴォ", "ボ"},
            {"ヴ", "ブ"}, {"シュキ", "シキ"}, {"シュコ", "シコ"},
            // a Russian "-ova", "-va" heard as ワ or as バ: "ザハロバ" is ザハロワ, "モスクバ" モスクワ
            {"ワ", "バ"}};

    private static final Pattern LONG_MARKS = Pattern.compile("[ー・\\s]");
    private static final Pattern LONG_OU = Pattern.compile("(?<=[オコゴソゾトドノホボポモヨョロヲウクグスズツヅヌフブプムユュル])ウ");
    private static final Pattern LONG_E = Pattern.compile("(?<=[エケゲセゼテデネヘベペメレ])イ");

    /**
     * The question with a word the knowledge never writes respelled as the word of a name it does, when the word is a
     * typo or a mishearing of it: a Latin word of six letters or more one letter off the name's word, with its first and
     * last letters ("vladivostock", "oreshkn"); or a word of four letters or more that sounds as the name's word does
     * ("seiko", "lavroff", "kohno"; "Сейко", "Лавроф"). Only names: a common word one letter off another ("right",
     * "eight") is another word. In Russian only by sound, as a word one letter off another is as often another case of
     * another word.
     */
    private String withLetteredNamesRespelled(String question) {
        Matcher m = TOKEN.matcher(question);
        StringBuilder out = new StringBuilder();
        int kept = 0;
        while (m.find()) {
            String word = m.group();
            String lower = word.toLowerCase(Locale.ROOT);
            boolean latin = org.rujp.bot.knowledge.Scripts.only(lower, Character.UnicodeScript.LATIN);
            boolean cyrillic = org.rujp.bot.knowledge.Scripts.only(lower, Character.UnicodeScript.CYRILLIC);
            if (lower.length() < 4 || !latin && !cyrillic || vocabulary.contains(lower) || cyrillic && russianStems.contains(russianStem(lower))) {
                continue; // a word the knowledge writes (the English stems here are prefixes: "oresh" is in "oreshkn")
            }
            if (latin && lower.endsWith("s") && ownerNames().contains(lower.substring(0, lower.length() - 1))) {
                // "osakas sister city": a possessive typed without its apostrophe, "Osaka's"
                out.append(question, kept, m.end() - 1).append("'s");
                kept = m.end();
                continue;
            }
            String sound = soundOf(lower);
            // a typo keeps a name's first and last letters: "right" is no "eight", "points" no "point", "Носкова" no "Носков"
            Optional<String> name = Optional.ofNullable(nameWordsBySound().get(sound))
                    // "Puchin", "Rabrov", "Рабров": a name as a Japanese speaker says it (l and r, v and b, chi and ti alike)
                    .or(() -> lower.length() >= 5 ? Optional.ofNullable(nameWordsByJapaneseEar().get(japaneseEar(lower))) : Optional.empty())
                    // ... and typed a little wrong as well ("Purchin"): one slip from one name's sound, of six letters or more
                    // (in Latin letters, keeping the name's first and last letters: "points" is no "point", "Носкова" no "Носков")
                    .or(() -> latin && lower.length() >= 6 ? nearByJapaneseEar(japaneseEar(lower))
                            .filter(n -> n.charAt(n.length() - 1) == lower.charAt(lower.length() - 1)) : Optional.empty())
                    .or(() -> nameWords().stream().filter(n -> latin && lower.length() >= 6 && n.length() >= 6 && n.charAt(0) == lower.charAt(0)
                            && n.charAt(n.length() - 1) == lower.charAt(lower.length() - 1) && withinOneEdit(n, lower)).findFirst());
            if (name.isPresent()) {
                String respelled = Character.isUpperCase(word.codePointAt(0))
                        ? name.get().substring(0, 1).toUpperCase(Locale.ROOT) + name.get().substring(1) : name.get();
                out.append(question, kept, m.start()).append(respelled); // "Vladivostock": "Vladivostok"
                kept = m.end();
            }
        }
        return kept == 0 ? question : out.append(question.substring(kept)).toString();
    }

    /**
     * How a lower-case word sounds, roughly, so that spellings a listener or a speech recogniser confuses come out alike:
     * "seiko" and "seko", "lavroff" and "lavrov", "kohno" and "kono", "pootin" and "putin", "Сейко" and "Сэко".
     */
    static String soundOf(String lower) {
        String s = lower.replace("ph", "f").replace("kh", "h").replace("ck", "k").replace('c', 'k').replace('q', 'k')
                .replace('w', 'v').replace('f', 'v').replace('y', 'i').replace('j', 'i').replace("oo", "u").replace("ou", "u")
                .replace("ei", "e")
                .replace('ё', 'е').replace('э', 'е').replace("ей", "е").replace('ф', 'в').replace("ь", "").replace("ъ", "")
                // a Japanese ず, づ written both ways: "Синзо" is Синдзо, "Shindzo" Shinzo
                .replace("дз", "з").replace("dz", "z")
                // an unstressed о is said, and so dictated and misspelt, as а: "Арешкин" is Орешкин
                .replace('о', 'а');
        s = DOUBLED.matcher(H_AFTER_VOWEL.matcher(s).replaceAll("$1")).replaceAll("$1");
        return s.length() > 3 && s.endsWith("e") ? s.substring(0, s.length() - 1) : s;
    }

    private static final Pattern H_AFTER_VOWEL = Pattern.compile("([aeiou])h(?![aeiou])");
    private static final Pattern DOUBLED = Pattern.compile("(.)\\1+");

    private volatile java.util.Map<String, String> nameWordsBySound;

    /** The words of {@link #nameWords} of four letters or more by how they sound ({@link #soundOf}), the first of each sound. */
    private java.util.Map<String, String> nameWordsBySound() {
        java.util.Map<String, String> bySound = nameWordsBySound;
        if (bySound == null) {
            java.util.Map<String, String> built = new java.util.HashMap<>();
            nameWords().stream().filter(n -> n.length() >= 4).forEach(n -> built.putIfAbsent(soundOf(n), n));
            bySound = java.util.Map.copyOf(built);
            nameWordsBySound = bySound;
        }
        return bySound;
    }
    private volatile java.util.Map<String, String> nameWordsByJapaneseEar;

    /**
     * The words of {@link #nameWords} of five letters or more by how a Japanese speaker hears them ({@link #japaneseEar}),
     * only the sounds one name word has: a sound two names share tells neither.
     */
    private java.util.Map<String, String> nameWordsByJapaneseEar() {
        java.util.Map<String, String> byEar = nameWordsByJapaneseEar;
        if (byEar == null) {
            java.util.Map<String, Set<String>> built = new java.util.HashMap<>();
            nameWords().stream().filter(n -> n.length() >= 4)
                    .forEach(n -> built.computeIfAbsent(japaneseEar(n), k -> new java.util.TreeSet<>()).add(n));
            java.util.Map<String, String> unique = new java.util.HashMap<>();
            built.forEach((ear, names) -> {
                // (two spellings of one sound are one name: "Хиросигэ" and "Хиросиге")
                if (names.stream().map(Answerability::soundOf).distinct().count() == 1) {
                    unique.put(ear, names.iterator().next());
                }
            });
            byEar = java.util.Map.copyOf(unique);
            nameWordsByJapaneseEar = byEar;
        }
        return byEar;
    }

    /** The one name word whose sound to a Japanese ear is one slip from this one, with the same first letter. */
    private Optional<String> nearByJapaneseEar(String ear) {
        List<String> near = nameWordsByJapaneseEar().entrySet().stream()
                .filter(e -> e.getKey().length() >= 5 && e.getKey().charAt(0) == ear.charAt(0) && withinOneEdit(e.getKey(), ear))
                .map(java.util.Map.Entry::getValue).distinct().toList();
        return near.size() == 1 ? Optional.of(near.get(0)) : Optional.empty();
    }

    /**
     * How a lower-case word sounds ({@link #soundOf}) to a Japanese speaker who writes it in letters: "chi" as "ti", "tsu"
     * as "tu", "shi" as "si", a long "ou" as "o", l as r, v as b, a final "u" after a consonant dropped ("Puchin" is Putin,
     * "Rabrofu" Lavrov, "Рабров" Лавров, "Tarou" Taro); and a Japanese name as an English spelling is carried into
     * Cyrillic ("Шинзо", "Хирошиге", "Тсукуба": Синдзо, Хиросигэ, Цукуба).
     */
    static String japaneseEar(String lower) {
        String s = soundOf(lower.replace("chi", "ti").replace("tsu", "tu").replace("shi", "si").replace("ou", "o")
                .replace("чи", "ти").replace("ши", "си").replace("тсу", "цу"))
                .replace('l', 'r').replace('v', 'b').replace('л', 'р').replace('в', 'б');
        return s.length() > 4 && s.endsWith("u") && "aeiou".indexOf(s.charAt(s.length() - 2)) < 0 ? s.substring(0, s.length() - 1) : s;
    }

    private volatile Set<String> ownerNames;

    /** The English names, in lower case, of the people and places of the knowledge: who may own a thing ("Osaka's"). */
    private Set<String> ownerNames() {
        Set<String> names = ownerNames;
        if (names == null) {
            names = kb.entities().stream().filter(e -> e.kind() == org.rujp.bot.knowledge.Entity.Kind.PERSON
                            || e.kind() == org.rujp.bot.knowledge.Entity.Kind.PLACE)
                    .flatMap(e -> e.names().getOrDefault(Lang.EN, List.of()).stream())
                    .flatMap(n -> java.util.Arrays.stream(n.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")))
                    .filter(w -> w.length() >= 3).collect(java.util.stream.Collectors.toUnmodifiableSet());
            ownerNames = names;
        }
        return names;
    }

    private volatile Set<String> nameWords;

    /** The words of the names of the knowledge in Latin or Cyrillic letters, in lower case. */
    private Set<String> nameWords() {
        Set<String> words = nameWords;
        if (words == null) {
            words = new java.util.LinkedHashSet<>();
            for (org.rujp.bot.knowledge.Entity e : kb.entities()) {
                for (String name : e.allNames()) {
                    for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                        if (!w.isEmpty() && (org.rujp.bot.knowledge.Scripts.only(w, Character.UnicodeScript.LATIN)
                                || org.rujp.bot.knowledge.Scripts.only(w, Character.UnicodeScript.CYRILLIC))) {
                            words.add(w);
                        }
                    }
                }
            }
            words = java.util.Collections.unmodifiableSet(words);
            nameWords = words;
        }
        return words;
    }

    /**
     * The katakana names of the knowledge, and its names written in kanji by how their readings sound
     * ({@link #kanaSound}), the readings of its katakana names standing for the entity's name in kanji.
     */
    private record JapaneseNames(Set<String> katakana, java.util.Map<String, String> byReading, java.util.Map<String, String> dotted,
                                 java.util.Map<String, String> katakanaBySound) {
    }

    private volatile JapaneseNames japaneseNames;

    private JapaneseNames japaneseNames(org.rujp.bot.answer.analysis.LexiconRules japanese) {
        JapaneseNames names = japaneseNames;
        if (names == null) {
            Set<String> katakana = new java.util.LinkedHashSet<>();
            java.util.Map<String, String> byReading = new java.util.LinkedHashMap<>();
            java.util.Map<String, String> dotted = new java.util.HashMap<>();
            for (org.rujp.bot.knowledge.Entity e : kb.entities()) {
                List<String> written = e.names().getOrDefault(Lang.JA, List.of());
                // the entity's shortest name in kanji stands for its names in katakana: セコウ is 世耕
                Optional<String> kanji = written.stream().filter(n -> n.codePoints().allMatch(Character::isIdeographic))
                        .min(java.util.Comparator.comparingInt(String::length));
                for (String name : written) {
                    String joined = name.replace("・", "");
                    if (KATAKANA_WORD.matcher(joined).matches()) {
                        katakana.add(joined); // "ルースキーミール" as a speech recogniser writes "ルースキー・ミール"
                        dotted.putIfAbsent(joined, name);
                        kanji.ifPresent(k -> byReading.putIfAbsent(kanaSound(joined), k));
                    }
                    for (String part : name.split("[・\\s]+")) {
                        if (KATAKANA_WORD.matcher(part).matches()) {
                            katakana.add(part);
                        } else if (part.codePoints().anyMatch(Character::isIdeographic)) {
                            japanese.reading(part).ifPresent(r -> byReading.putIfAbsent(kanaSound(r), part));
                        }
                    }
                }
            }
            java.util.Map<String, String> bySound = new java.util.HashMap<>();
            katakana.forEach(k -> bySound.putIfAbsent(kanaSound(k), k));
            names = new JapaneseNames(java.util.Collections.unmodifiableSet(katakana), java.util.Collections.unmodifiableMap(byReading),
                    java.util.Map.copyOf(dotted), java.util.Map.copyOf(bySound));
            japaneseNames = names;
        }
        return names;
    }

    /** Whether two words differ by at most one letter put in, left out or changed. */
    static boolean withinOneEdit(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int j = 0;
        while (j < a.length() - i && j < b.length() - i && a.charAt(a.length() - 1 - j) == b.charAt(b.length() - 1 - j)) {
            j++;
        }
        return a.length() - i - j <= 1 && b.length() - i - j <= 1;
    }

    /** A katakana word with its ヴ sounds written as the knowledge writes them: "ラヴロフ" is "ラブロフ". */
    private static String withoutVu(String katakana) {
        return katakana.replace("ヴァ", "バ").replace("ヴィ", "ビ").replace("ヴェ", "ベ").replace("ヴォ", "ボ").replace("ヴ", "ブ");
    }

    /** Whether the knowledge spells this lower-case word (or its stem) anywhere. */
    boolean knowsWord(String lower) {
        return vocabulary.contains(lower) || vocabulary.contains(stem(lower));
    }

    /** Whether a capitalised word of a question, in Latin or Cyrillic letters, is a name only role lines give. */
    private boolean namedOnlyInRoles(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (onlyInRoles.contains(lower)) {
            return true;
        }
        return org.rujp.bot.knowledge.Scripts.cyrillic(lower) > 0
                && java.util.stream.Stream.of(lower, russianStem(lower)).flatMap(w -> org.rujp.bot.retrieval.QuestionTranslator.transliterations(w).stream())
                        .anyMatch(onlyInRoles::contains);
    }

    /** Whether a word is a name only entities' role lines give in passing, which no fact tells of. */
    boolean onlyInRoles(String lower) {
        return onlyInRoles.contains(lower);
    }

    /** The words that ask "which" of a noun after them (up to four words on), and the words between that only describe it. */
    private static final Pattern WHICH = Pattern.compile(
            "(?iu)(?<!\\p{L})(?:which|what|какие|какой|какая|какое|каких|какую|какими)\\s+((?:[\\p{L}-]+\\s+){0,4})");
    private static final Set<String> BETWEEN = Set.of("and", "or", "и", "или", "other", "другие", "другой", "кроме", "kind", "kinds",
            "sort", "sorts", "type", "types", "of", "exactly", "именно", "конкретно", "же");
    private static final Pattern JAPANESE_WHICH = Pattern.compile("(?:どの|どこの|どんな)([\\p{IsHan}\\p{IsKatakana}ー]{2,})");

    /**
     * The kind of body or building a question asks "which" of when the knowledge never writes it, in any form: "Which
     * Russian and Japanese universities took part…", "Какие российские университеты…", "どの大学が…" ask of something no
     * article tells of. Adjectives of a nationality between are passed over; only the lexicon's kinds of body count
     * ({@code body_kinds}): an abstract noun the articles do not use ("which aspects") may still ask of what they say.
     */
    Optional<String> unknownNounAsked(String sentence, Lang lang) {
        org.rujp.bot.answer.analysis.LexiconRules rules = org.rujp.bot.answer.analysis.LexiconRules.of(lang);
        if (lang == Lang.JA) {
            Matcher m = JAPANESE_WHICH.matcher(sentence);
            while (m.find()) {
                List<String> terms = rules.terms(m.group(1));
                if (!terms.isEmpty() && rules.bodyKind(terms.get(0)) && !japaneseWords.contains(terms.get(0))
                        && !japaneseText.contains(terms.get(0))) {
                    return Optional.of(m.group(1));
                }
            }
            return Optional.empty();
        }
        Matcher m = WHICH.matcher(sentence);
        while (m.find()) {
            for (String word : m.group(1).strip().split("\\s+")) {
                String lower = word.toLowerCase(Locale.ROOT);
                if (BETWEEN.contains(lower) || !rules.nationalities(rules.terms(word)).isEmpty()) {
                    continue; // "Which Russian and Japanese universities"
                }
                if (rules.bodyKind(word) && !known(lower) && !describedWords.contains(lower)
                        && !describedWords.contains(stem(lower)) && !describedWords.contains(russianStem(lower))) {
                    return Optional.of(word);
                }
                break; // the first other word is the noun asked of
            }
        }
        return Optional.empty();
    }

    /** Known as written, by its first letters, or without a case ending of one or two letters ("МИДа", "Осаке"). */
    private boolean known(String lower) {
        boolean cyrillic = org.rujp.bot.knowledge.Scripts.cyrillic(lower) > 0;
        if (vocabulary.contains(lower) || (cyrillic ? russianStems.contains(russianStem(lower)) : vocabulary.contains(stem(lower)))) {
            return true;
        }
        // the stemmer cuts one case a vowel shorter: "Кореи" gives "кор", "Корея" "коре"
        if (cyrillic && org.rujp.bot.retrieval.AliasExpander.stemsAVowelLonger(russianStem(lower)).stream().anyMatch(russianStems::contains)) {
            return true;
        }
        for (int cut = 1; cut <= 2 && lower.length() - cut >= 3; cut++) {
            if (vocabulary.contains(lower.substring(0, lower.length() - cut))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Of a capitalised word joined by hyphens ("Japan-China"), a capitalised part the knowledge never writes, as a
     * capitalised word alone is checked: the crude stem of the whole word is its first part's.
     */
    private Optional<String> unknownCapitalisedPart(String word) {
        if (word.indexOf('-') < 0 || vocabulary.contains(word.toLowerCase(Locale.ROOT))) {
            return Optional.empty(); // "ITAR-TASS": a name the knowledge writes whole
        }
        return java.util.Arrays.stream(word.split("-"))
                .filter(part -> part.length() >= 2 && Character.isUpperCase(part.codePointAt(0)) && part.chars().noneMatch(Character::isDigit))
                .filter(part -> {
                    String lower = part.toLowerCase(Locale.ROOT);
                    return !NOT_NAMES.contains(lower) && !known(lower)
                            && !Abbreviations.standard().common(lower);
                })
                .findFirst();
    }

    private static boolean isAfterSentenceEnd(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            // opening quotation marks, and the ">" of a quoted message ("«> Достигнуты договорённости…»")
            if (Character.isWhitespace(c) || c == '"' || c == '\u00ab' || c == '\u201c' || c == '\u201e' || c == '(' || c == '>') {
                continue;
            }
            if (Character.isSurrogate(c) || Character.getType(c) == Character.OTHER_SYMBOL || c == '\u200d' || c >= '\ufe00' && c <= '\ufe0f') {
                return true; // "#Япония 📊 Сколько мероприятий…": an emoji ends what came before it, as a full stop does
            }
            return c == '.' || c == '?' || c == '!' || c == ':' || c == '…' || c == '—' || c == '–' || c == ';';
        }
        return true;
    }

    private static String russianStem(String lower) {
        org.tartarus.snowball.ext.RussianStemmer stemmer = new org.tartarus.snowball.ext.RussianStemmer();
        stemmer.setCurrent(lower.replace('ё', 'е'));
        stemmer.stem();
        return stemmer.getCurrent();
    }

    /** A crude language-neutral stem: the first five letters; enough to match inflected forms of names. */
    static String stem(String word) {
        return word.length() <= 5 ? word : word.substring(0, 5);
    }
}
