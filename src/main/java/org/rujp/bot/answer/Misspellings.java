package org.rujp.bot.answer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rujp.bot.answer.analysis.JapaneseWords;
import org.rujp.bot.answer.analysis.LexiconRules;
import org.rujp.bot.knowledge.Entity;
import org.rujp.bot.knowledge.Fact;
import org.rujp.bot.knowledge.KnowledgeBase;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.knowledge.Scripts;

/**
 * Words typed a little wrong, written as the knowledge or the lexicon writes them: "populaton" is "population", "wether"
 * "weather", "proposd" "proposed", "piont" "point", "населеие" "население". An English word is put right only when nothing
 * knows it (the knowledge, the lexicon, and the whole words of the embedding model's tokenizer, a general English
 * vocabulary: "wether" is none of them, "whether" is) and exactly one word of the knowledge or the lexicon is one slip
 * away (a letter missed, added, hit for another, or swapped with the next), beginning with the same letter. A Russian
 * word only to a longer word of an attribute no fact states ("погода", "возраст", "преемник"), of six letters or more,
 * by a letter missed, hit for another or swapped, when neither the knowledge nor the lexicon writes its stem: without a Russian dictionary, words one letter apart are as often two words ("несколько",
 * "насколько") or two forms of one. A long word (ten letters or more) may also be put right to a word of the knowledge as
 * long ("товарооборт": "товарооборот"): so long, a slip rarely makes another word ("несколько" is no "насколько"). Words of fewer than five letters stay as typed: a slip in them as often makes another
 * word. Names are put right elsewhere ({@link Answerability#withNamesRespelled}), by how they sound; a name's possessive
 * typed without its apostrophe ("oreshkins job") gets it here.
 */
final class Misspellings {
    /** The shortest word put right. */
    private static final int SHORTEST = 5;
    /** The shortest Russian word of the knowledge a slip is put right to, when the lexicon's attributes have none. */
    private static final int LONG_RUSSIAN = 10;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    /** The words of the knowledge and the lexicon, by script and first letter: what a slip is put right to. */
    private final Map<String, List<String>> targets = new HashMap<>();
    /** Every word known as written, and the Snowball stems of the knowledge's and the lexicon's words. */
    private final Set<String> known = new HashSet<>();
    private final Set<String> knownStems = new HashSet<>();
    /** The Japanese text of the knowledge, where a word put right must stand beside the word it stands beside in the question. */
    private final String japaneseText;
    /** The words of the Japanese lexicon, one a line: a word it writes in hiragana is not put in kanji. */
    private final String japaneseLexiconText;
    /** The phrases of the Japanese lexicon ("企業はどこ", "どの企業"): a word put right may begin or end one. */
    private final List<String> japanesePhrases;
    /** The kanji words of the knowledge and the Japanese lexicon, by their reading in katakana. */
    private final Map<String, Set<String>> kanjiByReading = new HashMap<>();
    /** Every kanji word (of one to three of Kuromoji's words) the knowledge or the Japanese lexicon writes. */
    private final Set<String> kanjiKnown = new HashSet<>();
    /** The Russian words of the lexicon's attributes, by first letter: what a Russian slip is put right to. */
    private final Map<String, List<String>> russianAttributes = new HashMap<>();
    /** The long Russian words of the knowledge, by first letter: a slip in a long word rarely makes another word. */
    private final Map<String, List<String>> russianLong = new HashMap<>();
    /** The Snowball stems of the Russian words of the knowledge and the lexicon. */
    private final Set<String> russianStems = new HashSet<>();
    /** The whole words of the embedding model's tokenizer: "minister" is a word, "oreshkin" a name. */
    private final Set<String> englishWords;
    /** The words of the names of the knowledge's people in Latin letters. */
    private final Set<String> nameWords = new HashSet<>();

    Misspellings(KnowledgeBase kb) {
        List<String> written = written(kb);
        for (Entity entity : kb.entities()) {
            if (entity.kind() == Entity.Kind.PERSON) {
                entity.allNames().forEach(name -> WORD.matcher(name.toLowerCase(Locale.ROOT)).results().map(java.util.regex.MatchResult::group)
                        .filter(w -> w.length() >= 3 && Scripts.only(w, Character.UnicodeScript.LATIN)).forEach(nameWords::add));
            }
        }
        Set<String> words = new HashSet<>();
        for (String text : written) {
            Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('ё', 'е'));
            while (m.find()) {
                words.add(m.group());
            }
        }
        for (String word : words) {
            known.add(word);
            knownStems.add(stem(word));
            if (word.length() >= SHORTEST - 1) {
                targets.computeIfAbsent(key(word), k -> new ArrayList<>()).add(word);
            }
        }
        LexiconRules russian = LexiconRules.of(Lang.RU);
        List<String> russianWritten = new ArrayList<>(russian.words());
        written.stream().filter(text -> Scripts.cyrillic(text) > 0).forEach(russianWritten::add);
        for (String text : russianWritten) {
            WORD.matcher(text.toLowerCase(Locale.ROOT).replace('ё', 'е')).results().map(java.util.regex.MatchResult::group)
                    .forEach(word -> russianStems.add(russianStem(word)));
        }
        written.stream().filter(text -> Scripts.cyrillic(text) > 0)
                .flatMap(text -> WORD.matcher(text.toLowerCase(Locale.ROOT).replace('ё', 'е')).results().map(java.util.regex.MatchResult::group))
                .filter(w -> w.length() >= LONG_RUSSIAN).distinct()
                .forEach(w -> russianLong.computeIfAbsent(key(w), k -> new ArrayList<>()).add(w));
        russian.attributeWords().stream().map(w -> w.replace('ё', 'е')).filter(w -> w.length() > SHORTEST)
                .forEach(w -> russianAttributes.computeIfAbsent(key(w), k -> new ArrayList<>()).add(w));
        englishWords = englishWords();
        known.addAll(englishWords);
        englishWords.forEach(word -> knownStems.add(stem(word))); // "wording": a form of "word", however rare
        List<String> japanese = new ArrayList<>(LexiconRules.of(Lang.JA).words());
        written.stream().filter(text -> Scripts.japanese(text) > 0).forEach(japanese::add);
        japaneseText = String.join("\n", written.stream().filter(text -> Scripts.japanese(text) > 0).toList());
        japanesePhrases = LexiconRules.of(Lang.JA).words().stream().filter(w -> w.length() >= 3).toList();
        japaneseLexiconText = String.join("\n", LexiconRules.of(Lang.JA).words());
        for (String text : japanese) {
            for (KanjiWord word : kanjiWords(words(text))) {
                kanjiKnown.add(word.surface());
                if (word.surface().length() >= 2) {
                    kanjiByReading.computeIfAbsent(word.reading(), r -> new HashSet<>()).add(word.surface());
                }
            }
        }
    }

    /**
     * What the knowledge and the English lexicon write: the facts' texts, tags and asked questions, the entities' names,
     * roles and descriptions, and the page furniture's phrases ("しつど": 湿度, a widget's word).
     */
    static List<String> written(KnowledgeBase kb) {
        List<String> written = new ArrayList<>();
        for (Fact fact : kb.facts()) {
            written.addAll(fact.texts().values());
            written.addAll(fact.tags());
            for (Lang lang : Lang.values()) {
                written.addAll(fact.asks(lang));
            }
        }
        for (Entity entity : kb.entities()) {
            written.addAll(entity.allNames());
            written.add(entity.role());
            for (Lang lang : Lang.values()) {
                entity.card().description(lang).ifPresent(written::add);
            }
        }
        written.addAll(LexiconRules.of(Lang.EN).words());
        kb.furniture().forEach(f -> f.phrases().values().forEach(written::addAll));
        return written;
    }

    /**
     * A word of kanji and its reading: one of Kuromoji's words, or up to three side by side ("日" and "露" of "日露"), with
     * where it stands in the text.
     */
    private record KanjiWord(String surface, String reading, int start, int end, int words) {
    }

    /** The most of Kuromoji's words a kanji word is made of: "閉" "回" "式" is one word typed wrong. */
    private static final int MOST_WORDS = 3;

    private static final Pattern TWO_KANJI = Pattern.compile("[\\p{IsIdeographic}々]{2}");
    private static final Pattern KANJI_ONLY = Pattern.compile("[\\p{IsIdeographic}々]+");

    /** The kanji words of a text, of one of Kuromoji's words and of several side by side, each with its reading. */
    private static List<KanjiWord> kanjiWords(List<Word> words) {
        List<KanjiWord> single = new ArrayList<>();
        for (Word w : words) {
            if (KANJI_ONLY.matcher(w.surface()).matches() && w.reading() != null) {
                single.add(new KanjiWord(w.surface(), w.reading(), w.start(), w.end(), 1));
            }
        }
        List<KanjiWord> all = new ArrayList<>(single);
        for (int i = 0; i < single.size(); i++) {
            KanjiWord joined = single.get(i);
            for (int j = i + 1; j < single.size() && j < i + MOST_WORDS && single.get(j).start() == joined.end(); j++) {
                KanjiWord next = single.get(j);
                joined = new KanjiWord(joined.surface() + next.surface(), joined.reading() + next.reading(), joined.start(), next.end(),
                        joined.words() + 1);
                all.add(joined);
            }
        }
        return all;
    }

    /** One of Kuromoji's words of a text: its reading, whether it is a particle, and where it stands. */
    private record Word(String surface, String reading, boolean particle, int start, int end) {
    }

    private static List<Word> words(String text) {
        return words(JapaneseWords.of(text));
    }

    private static List<Word> words(List<JapaneseWords.Word> read) {
        return read.stream().map(w -> new Word(w.surface(), w.reading(),
                w.partOfSpeech().startsWith("助詞") || w.partOfSpeech().startsWith("助動詞") || w.partOfSpeech().startsWith("記号"),
                w.start(), w.end())).toList();
    }

    /**
     * Whether the word put right stands in the knowledge beside a word that is no particle and stands beside the typed
     * word in the question ("強力プラン": "協力プラン"; "外相階段": "外相会談"): a word the knowledge lacks is as often
     * meant as typed ("海上演習" is no "会場演習", "市場規模" no "史上規模").
     */
    private boolean standsSoInTheKnowledge(String right, KanjiWord typed, List<Word> neighbours) {
        for (Word n : neighbours) {
            if (!n.particle() && (n.end() == typed.start() && japaneseText.contains(n.surface() + right)
                    || n.start() == typed.end() && japaneseText.contains(right + n.surface()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word put right begins or ends a phrase of the lexicon there ("起業はどこ": "企業はどこ"). */
    private boolean makesAPhrase(String question, String right, KanjiWord typed) {
        String before = question.substring(0, typed.start()) + right;
        String after = right + question.substring(typed.end());
        return japanesePhrases.stream().anyMatch(p -> p.length() > right.length()
                && (p.startsWith(right) && after.startsWith(p) || p.endsWith(right) && before.endsWith(p)));
    }

    /** Kuromoji's part of speech of a noun that is an act done with する: 会談, 協議, 提案 (not 階段, 競技場). */
    private static final String ACT_NOUN = "名詞-サ変接続";

    /** Whether each word of the knowledge and the lexicon, read alone, is one of Kuromoji's words and a noun of an act. */
    private final Map<String, Boolean> actNouns = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Whether the typed word, a noun no act is made of, is done with する after it, and the word put right is a noun of an
     * act: "安倍さんと階段した" is "会談した", stairs are not done.
     *
     * @param read the question's words as Kuromoji read them
     */
    private boolean doneAsAnAct(List<JapaneseWords.Word> read, KanjiWord typed, String right) {
        if (typed.words() != 1) {
            return false;
        }
        for (int i = 0; i + 1 < read.size(); i++) {
            JapaneseWords.Word w = read.get(i);
            if (w.start() == typed.start() && w.end() == typed.end()) {
                JapaneseWords.Word next = read.get(i + 1);
                return !w.partOfSpeech().startsWith(ACT_NOUN) && "する".equals(next.base()) && next.start() == w.end()
                        && actNouns.computeIfAbsent(right, word -> {
                            List<JapaneseWords.Word> alone = JapaneseWords.of(word);
                            return alone.size() == 1 && alone.get(0).partOfSpeech().startsWith(ACT_NOUN);
                        });
            }
        }
        return false;
    }

    /** Whether each of Kuromoji's words a kanji word is made of is one the knowledge or the lexicon writes. */
    private boolean partsKnown(KanjiWord word, Map<Integer, KanjiWord> singleAt) {
        for (int at = word.start(); at < word.end(); ) {
            KanjiWord part = singleAt.get(at);
            if (part == null || !kanjiKnown.contains(part.surface())) {
                return false;
            }
            at = part.end();
        }
        return true;
    }

    /**
     * The Japanese question with each kanji word the knowledge and the lexicon never write, converted from its reading to
     * the wrong kanji ("日露の強力プラン", "外相階段"), written as the one word of the knowledge or the lexicon of the same
     * reading and length ("協力", "会談"), when the typed word is no word of Kuromoji's dictionary ("日路", "交流念"), the
     * knowledge writes the right one beside a word the question writes beside it, or the right one begins or ends a
     * phrase of the lexicon there ("起業はどこ": "企業はどこ"). A word of one kanji stays: too many words share its reading.
     */
    String correctedJapanese(String question) {
        return correctedJapanese(question, false);
    }

    /**
     * The Japanese question with each kanji word the knowledge and the lexicon never write written as the one word of the
     * knowledge or the lexicon of the same reading and length, with no more said for it: as a speech recogniser or an
     * input method hears a word it does not know ("外務時間級の競技": "外務次官級の協議", "日露の防疫": "日露の貿易",
     * "安倍さんと階段した": "安倍さんと会談した"). So bold a reading is for a question the bot could not answer as typed.
     */
    String heardJapanese(String question) {
        return correctedJapanese(question, true);
    }

    private String correctedJapanese(String question, boolean heard) {
        if (!TWO_KANJI.matcher(question).find()) {
            return question; // no word of two kanji to be a slip
        }
        List<JapaneseWords.Word> read = JapaneseWords.of(question);
        List<Word> neighbours = words(read);
        List<KanjiWord> words = kanjiWords(neighbours);
        words.sort(java.util.Comparator.comparingInt(KanjiWord::start).thenComparing(w -> -w.words()));
        StringBuilder out = new StringBuilder();
        int kept = 0;
        Map<Integer, KanjiWord> singleAt = new HashMap<>();
        words.stream().filter(w -> w.words() == 1).forEach(w -> singleAt.put(w.start(), w));
        for (KanjiWord word : words) {
            if (word.start() < kept || word.surface().length() < 2 || kanjiKnown.contains(word.surface())) {
                continue;
            }
            if (word.words() > 1 && partsKnown(word, singleAt) && !heard) {
                continue; // words the knowledge writes, side by side: no slip
            }
            if (word.start() > 0 && Character.UnicodeScript.of(question.charAt(word.start() - 1)) == Character.UnicodeScript.HAN
                    && kanjiKnown.contains(question.substring(word.start() - 1, word.start() + 1))) {
                continue; // its first kanji ends a word the knowledge writes: "日韓勢" is 日韓 and 勢, no slip of 関税
            }
            Set<String> alike = kanjiByReading.getOrDefault(word.reading(), Set.of());
            if (alike.size() == 1 && alike.iterator().next().length() == word.surface().length()
                    && (heard || word.words() > 1 || standsSoInTheKnowledge(alike.iterator().next(), word, neighbours)
                        || makesAPhrase(question, alike.iterator().next(), word) || doneAsAnAct(read, word, alike.iterator().next()))) {
                out.append(question, kept, word.start()).append(alike.iterator().next());
                kept = word.end();
            }
        }
        return kept == 0 ? question : out.append(question.substring(kept)).toString();
    }

    /** A run of hiragana between words of other scripts, spaces or stops (a kanji before it makes it an ending: "決めました"). */
    private static final Pattern HIRAGANA_RUN = Pattern.compile("(?<![\\p{IsHiragana}ー])[\\p{IsHiragana}ー]{3,}(?![\\p{IsHiragana}ー])");
    private static final Pattern LEADING_PARTICLE = Pattern.compile("^(?:の|は|が|を|に|で|と|も|へ)");
    private static final Pattern TRAILING_PARTICLE = Pattern.compile("(?:って|から|まで|より|は|が|を|に|で|と|も|の|へ|か)$");
    /** 何 with a counter in hiragana, as asked: "なんがつ" is 何月, "なんにん" 何人. */
    private static final Map<String, String> NAN_COUNTERS = Map.ofEntries(Map.entry("なんがつ", "何月"), Map.entry("なんにち", "何日"),
            Map.entry("なんねん", "何年"), Map.entry("なんにん", "何人"), Map.entry("なんかい", "何回"), Map.entry("なんじ", "何時"),
            Map.entry("なんさい", "何歳"), Map.entry("なんけん", "何件"), Map.entry("なんこ", "何個"), Map.entry("なんかこく", "何か国"),
            Map.entry("なんようび", "何曜日"), Map.entry("なんばい", "何倍"), Map.entry("なんじかん", "何時間"), Map.entry("なんにちかん", "何日間"),
            Map.entry("なんかげつ", "何か月"), Map.entry("なんぷん", "何分"), Map.entry("なんど", "何度"));
    private static final Pattern NAN_COUNTER = Pattern.compile("(?<![\\p{IsHiragana}])(なんにちかん|なんじかん|なんかげつ|なんかこく|なんようび|"
            + "なんがつ|なんにち|なんねん|なんにん|なんかい|なんさい|なんけん|なんばい|なんぷん|なんじ|なんこ|なんど)");
    /** "なん" before a counter in other letters or digits: "なん ドル", "なんパーセント", "なん%". */
    private static final Pattern NAN_BEFORE = Pattern.compile("(?<![\\p{IsHiragana}])なん(?=\\s?[\\p{IsKatakana}\\p{IsIdeographic}%％0-9])");
    /** 言う and 会う in kana, polite ("いいました", "あいます"): too short for a reading of their own, and asked with often. */
    private static final Pattern SAID_MET = Pattern.compile("(?<![\\p{IsHiragana}])(いい|あい)(?=ま[すし])");
    /** 会う in kana after "with whom" ("だれとあったの", "誰と あう"), in any form. */
    private static final Pattern MET_WHOM = Pattern.compile("(?<=(?:誰|だれ|どなた|どの人|何人)と\\s?)あ(?=った|う|って|い[まな]|わ)");
    /** The shortest word in hiragana written in kanji: of two kana, too many words share a reading. */
    private static final int SHORTEST_KANA = 3;

    /**
     * The question with each word a learner writes in hiragana, not knowing its kanji ("きょうどう けいざい かつどう", "かいしゃ
     * は"), written as the one kanji word of two kanji or more of that reading the knowledge or the lexicon writes
     * ("共同", "経済", "活動", "会社"). A particle beside the word stays; a word the knowledge or the lexicon itself writes in
     * hiragana ("いくつ", "どのくらい") stays, and so does an ending after a kanji.
     */
    String kanaInKanji(String typed) {
        // "なんがつ", "なん ドル": 何 and its counter, a closed set of question words no reading of the knowledge gives
        String question = NAN_COUNTER.matcher(typed).replaceAll(m -> NAN_COUNTERS.get(m.group(1)));
        question = NAN_BEFORE.matcher(question).replaceAll("何");
        // the verbs of two kana a question asks with, polite: "だれが いいました", "だれと あいました"
        question = SAID_MET.matcher(question).replaceAll(m -> m.group(1).equals("いい") ? "言い" : "会い");
        question = MET_WHOM.matcher(question).replaceAll("会"); // "だれとあったの": met whom, not "was there"
        Matcher m = HIRAGANA_RUN.matcher(question);
        StringBuilder out = new StringBuilder();
        int kept = 0;
        while (m.find()) {
            String run = m.group();
            boolean afterKanji = m.start() > 0 && KANJI_ONLY.matcher(question.substring(m.start() - 1, m.start())).matches();
            Matcher lead = LEADING_PARTICLE.matcher(run);
            for (int from : afterKanji ? (lead.find() ? new int[] {lead.end()} : new int[0]) : new int[] {0, lead.find() ? lead.end() : 0}) {
                String rest = run.substring(from);
                Matcher trail = TRAILING_PARTICLE.matcher(rest);
                String right = null;
                int to = rest.length();
                for (int end : trail.find() ? new int[] {rest.length(), trail.start()} : new int[] {rest.length()}) {
                    right = inKanji(rest.substring(0, end));
                    if (right != null) {
                        to = end;
                        break;
                    }
                }
                if (right != null) {
                    out.append(question, kept, m.start() + from).append(right);
                    kept = m.start() + from + to;
                    break;
                }
            }
        }
        return kept == 0 ? question : out.append(question.substring(kept)).toString();
    }

    /** The one kanji word of two kanji or more the knowledge or the lexicon writes for a word in hiragana, or null. */
    private String inKanji(String kana) {
        if (kana.length() < SHORTEST_KANA || japaneseText.contains(kana) || japaneseLexiconText.contains(kana)) {
            return null;
        }
        Set<String> alike = kanjiByReading.getOrDefault(Answerability.toKatakana(kana), Set.of());
        return alike.size() == 1 && alike.iterator().next().length() >= 2 ? alike.iterator().next() : null;
    }

    /** The question with each word typed a little wrong written as the knowledge or the lexicon writes it. */
    String corrected(String question) {
        Matcher m = WORD.matcher(question);
        StringBuilder out = new StringBuilder();
        int kept = 0;
        while (m.find()) {
            String word = m.group();
            String lower = word.toLowerCase(Locale.ROOT).replace('ё', 'е');
            boolean latin = Scripts.only(lower, Character.UnicodeScript.LATIN);
            String single = lower.substring(0, lower.length() - 1);
            if (latin && lower.endsWith("s") && nameWords.contains(single) && !englishWords.contains(single)) {
                // "oreshkins job": a name's possessive without its apostrophe
                out.append(question, kept, m.start()).append(word, 0, word.length() - 1).append("'s");
                kept = m.end();
                continue;
            }
            if (!latin && lower.length() >= SHORTEST && Scripts.only(lower, Character.UnicodeScript.CYRILLIC)
                    && !russianStems.contains(russianStem(lower))) {
                String right = onlySlipAway(lower, russianAttributes, Misspellings::russianStem); // "населеие": "население"
                if (right == null && lower.length() >= LONG_RUSSIAN) {
                    right = onlySlipAway(lower, russianLong, Misspellings::russianStem); // "товарооборт": "товарооборот"
                }
                // a letter missed or hit for another: a letter more is as often another ending ("родиной" is no "родной")
                if (right != null && lower.length() <= right.length()) {
                    out.append(question, kept, m.start()).append(right);
                    kept = m.end();
                }
                continue;
            }
            if (lower.length() < SHORTEST || !latin
                    || word.equals(word.toUpperCase(Locale.ROOT)) || known.contains(lower) || knownStems.contains(stem(lower))) {
                continue; // short, an abbreviation, a word as the knowledge writes it, or a word of another script
            }
            String right = latin && lower.endsWith("s") && known.contains(single) ? null : onlySlipAway(lower, targets, Misspellings::stem);
            if (right != null) {
                boolean capital = Character.isUpperCase(word.codePointAt(0));
                out.append(question, kept, m.start()).append(capital ? right.substring(0, 1).toUpperCase(Locale.ROOT) + right.substring(1) : right);
                kept = m.end();
            }
        }
        return kept == 0 ? question : out.append(question.substring(kept)).toString();
    }

    /**
     * The one word of the knowledge or the lexicon a slip away from this one, or null when none or several are; forms of one
     * word ("propose" and "proposed" for "proposd") are one, the longest written.
     */
    private static String onlySlipAway(String lower, Map<String, List<String>> targets, java.util.function.UnaryOperator<String> stem) {
        String found = null;
        for (String target : targets.getOrDefault(key(lower), List.of())) {
            if (oneSlipApart(lower, target)) {
                if (found != null && !stem.apply(found).equals(stem.apply(target))) {
                    return null;
                }
                found = found == null || target.length() > found.length() || target.length() == found.length() && target.compareTo(found) < 0
                        ? target : found;
            }
        }
        return found;
    }

    /** Words are compared with those of the same first letter. */
    private static String key(String lower) {
        return lower.substring(0, 1);
    }

    /** Whether two different words are one letter missed, added, hit for another, or two letters swapped apart. */
    static boolean oneSlipApart(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int shorter = Math.min(a.length(), b.length());
        int i = 0;
        while (i < shorter && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int j = 0;
        while (j < shorter - i && a.charAt(a.length() - 1 - j) == b.charAt(b.length() - 1 - j)) {
            j++;
        }
        int restA = a.length() - i - j;
        int restB = b.length() - i - j;
        if (restA <= 1 && restB <= 1) {
            return true;
        }
        return restA == 2 && restB == 2 && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i); // "piont"
    }

    static String russianStem(String lower) {
        org.tartarus.snowball.SnowballStemmer stemmer = new org.tartarus.snowball.ext.RussianStemmer();
        stemmer.setCurrent(lower);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    private static String stem(String lower) {
        org.tartarus.snowball.SnowballStemmer stemmer = new org.tartarus.snowball.ext.EnglishStemmer();
        stemmer.setCurrent(lower);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    /** The tokenizer of the embedding model, whose whole words are a general English vocabulary. */
    private static final String TOKENIZER = "/all-minilm-l6-v2-tokenizer.json";

    /** The whole English words of the embedding model's tokenizer (none when it is not on the class path). */
    static Set<String> englishWords() {
        try (InputStream in = Misspellings.class.getResourceAsStream(TOKENIZER)) {
            if (in == null) {
                return Set.of();
            }
            com.fasterxml.jackson.databind.JsonNode vocab = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in)
                    .path("model").path("vocab");
            Set<String> words = new HashSet<>();
            vocab.fieldNames().forEachRemaining(token -> {
                if (token.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                    words.add(token);
                }
            });
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the English words of " + TOKENIZER, e);
        }
    }
}
