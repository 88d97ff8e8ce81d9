package org.rujp.bot.answer.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.rujp.bot.answer.analysis.JapaneseWords.Word;

/**
 * Japanese words written in kana where they are usually written in kanji, as a speech recogniser or a hurried writer
 * leaves them ("ってだれ", "うたう", "なに大臣"), written back the way a lexicon writes them ("って誰", "歌う", "何大臣"),
 * so that the question's frames and roles are found. A word is known by its reading in Kuromoji's dictionary: each
 * written phrase is spelt with any of its kanji words in hiragana, and a verb keeps its stem's kanji in every inflection
 * ("うたいます": "歌います"). Only spellings of three kana or more that stand for one written phrase count, and a kana
 * spelling the lexicon itself lists ("だれ") is left as it is.
 */
final class KanaSpellings {
    private static final Pattern KANJI = Pattern.compile("\\p{IsIdeographic}");
    private static final Pattern HIRAGANA = Pattern.compile("[\\p{IsHiragana}ー]+");
    /** Spellings of fewer kana than this are too often another word: "あう" is 会う, 合う or 遭う. */
    private static final int SHORTEST = 3;
    /** The phrases spelt with more words than this are not spelt every way: their spellings would be too many. */
    private static final int MOST_WORDS = 5;

    private final Map<String, String> phrases;
    /** The length of the longest spelling. */
    private final int longest;
    /** The kanji stems of verbs by the hiragana of their base form: うたう → [うた, 歌]. */
    private final Map<String, String[]> verbStems;

    private KanaSpellings(Map<String, String> phrases, Map<String, String[]> verbStems) {
        this.phrases = Map.copyOf(phrases);
        this.verbStems = Map.copyOf(verbStems);
        this.longest = phrases.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /** The spellings of the written phrases (those with kanji in them); the others are the kana spellings left alone. */
    static KanaSpellings of(Collection<String> written) {
        Map<String, String> phrases = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        Map<String, String[]> verbStems = new HashMap<>();
        Set<String> ambiguousVerbs = new HashSet<>();
        Set<String> listed = new HashSet<>(written);
        for (String phrase : new java.util.TreeSet<>(written)) {
            if (!KANJI.matcher(phrase).find()) {
                continue;
            }
            List<Word> words = JapaneseWords.of(phrase);
            if (words.isEmpty() || words.size() > MOST_WORDS || words.stream().anyMatch(w -> KANJI.matcher(w.surface()).find() && w.reading() == null)) {
                continue;
            }
            for (String spelling : spellings(words)) {
                if (spelling.length() >= SHORTEST && !listed.contains(spelling) && !spelling.matches(".*な[んに]の.*")) {
                    String before = phrases.putIfAbsent(spelling, phrase);
                    if (before != null && !before.equals(phrase)) {
                        ambiguous.add(spelling);
                    }
                }
            }
            if (words.size() == 1 && words.get(0).partOfSpeech().startsWith("動詞")) {
                verbStem(words.get(0)).ifPresent(stem -> {
                    String[] before = verbStems.putIfAbsent(JapaneseWords.hiragana(words.get(0).reading()), stem);
                    if (before != null && !before[1].equals(stem[1])) {
                        ambiguousVerbs.add(JapaneseWords.hiragana(words.get(0).reading()));
                    }
                });
            }
        }
        ambiguous.forEach(phrases::remove);
        ambiguousVerbs.forEach(verbStems::remove);
        verbStems.keySet().removeIf(key -> key.length() < SHORTEST || listed.contains(key));
        return new KanaSpellings(phrases, verbStems);
    }

    /**
     * The text with the kana spellings of the written phrases written as they are, where a spelling starts and ends
     * where words do, and with each verb in hiragana whose base form is a written verb's given that verb's kanji stem.
     */
    String respelled(String text) {
        if (!HIRAGANA.matcher(text).find()) {
            return text;
        }
        String counted = COUNTER.matcher(text).replaceAll(m -> COUNTERS.get(m.group()));
        List<Word> words = JapaneseWords.of(counted);
        String verbs = verbsWritten(counted, words);
        return phrasesWritten(verbs, verbs.equals(counted) ? words : JapaneseWords.of(verbs)); // Kuromoji read once when no verb moved
    }

    /** A counter said after a figure, written in kana: "2018ねん" is 2018年, "6がつ" 6月. */
    private static final Map<String, String> COUNTERS = Map.of("ねん", "年", "がつ", "月", "にち", "日", "にん", "人", "けん", "件",
            "かげつ", "か月", "ねんかん", "年間", "ちょう", "兆", "おく", "億", "まん", "万");
    private static final Pattern COUNTER = Pattern.compile("(?<=[0-9０-９])(?:ねんかん|かげつ|ねん|がつ|にち|にん|けん|ちょう|おく|まん)");

    private String verbsWritten(String text, List<Word> words) {
        StringBuilder out = new StringBuilder();
        int kept = 0;
        for (Word w : words) {
            if (!w.partOfSpeech().startsWith("動詞") || !HIRAGANA.matcher(w.surface()).matches()) {
                continue;
            }
            String[] stem = verbStems.get(w.base() == null ? w.surface() : w.base());
            if (stem != null && w.surface().startsWith(stem[0])) {
                out.append(text, kept, w.start()).append(stem[1]).append(w.surface().substring(stem[0].length()));
                kept = w.end();
            }
        }
        return kept == 0 ? text : out.append(text.substring(kept)).toString();
    }

    /**
     * The text with the kana spellings of the written phrases written as they are. A dictated question may space its
     * words ("って だれ"), so a spelling is sought with the spaces left out, and counts where it starts and ends where
     * words do.
     */
    private String phrasesWritten(String text, List<Word> words) {
        if (phrases.isEmpty()) {
            return text;
        }
        StringBuilder compact = new StringBuilder(text.length());
        int[] at = new int[text.length() + 1]; // where each character of the compact text stands in the text
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                at[compact.length()] = i;
                compact.append(text.charAt(i));
            }
        }
        at[compact.length()] = text.length();
        Set<Integer> starts = new HashSet<>();
        Set<Integer> ends = new HashSet<>();
        Map<Integer, Word> particles = new HashMap<>(); // the particles by where they start
        for (Word w : words) {
            starts.add(w.start());
            ends.add(w.end());
            if (w.partOfSpeech().startsWith("助詞")) {
                particles.put(w.start(), w);
            }
        }
        // at each place the longest spelling found there, then the longest first where two overlap: "はなんねん" is
        // "は" and "何年", not "は何" and "ねん"
        List<int[]> found = new ArrayList<>();
        for (int i = 0; i < compact.length(); i++) {
            int end = longestAt(compact, i);
            // "なんの会" is as the lexicon reads it: "何の会" would ask what, not which
            boolean which = end > 0 && WHAT_OF.matcher(compact.substring(i, end)).matches() && compact.indexOf("の", end) == end;
            // (nor a particle and the words after it: "くらいしかいなかった" is "しか いなかった", no 司会)
            // (a phrase written with its particle, "って誰", starts with it)
            boolean afterAParticle = end > 0 && particles.containsKey(at[i]) && particles.get(at[i]).end() < at[end - 1] + 1
                    && !phrases.get(compact.substring(i, end)).startsWith(particles.get(at[i]).surface());
            if (end > 0 && !which && !afterAParticle && starts.contains(at[i]) && ends.contains(at[end - 1] + 1)) {
                found.add(new int[] {i, end});
            }
        }
        found.sort(java.util.Comparator.<int[]>comparingInt(f -> f[0] - f[1]).thenComparingInt(f -> f[0]));
        List<int[]> taken = new ArrayList<>();
        for (int[] f : found) {
            if (taken.stream().noneMatch(t -> f[0] < t[1] && t[0] < f[1])) {
                taken.add(f);
            }
        }
        taken.sort(java.util.Comparator.comparingInt(f -> f[0]));
        StringBuilder written = new StringBuilder();
        int kept = 0;
        for (int[] f : taken) {
            int start = at[f[0]];
            written.append(text, kept, start).append(phrases.get(compact.substring(f[0], f[1])));
            kept = at[f[1] - 1] + 1;
        }
        return kept == 0 ? text : written.append(text.substring(kept)).toString();
    }

    private static final Pattern WHAT_OF = Pattern.compile(".*な[んに]");

    /** Where the longest spelling starting at {@code i} ends, or 0 when none starts there. */
    private int longestAt(CharSequence compact, int i) {
        for (int end = Math.min(compact.length(), i + longest); end - i >= SHORTEST; end--) {
            if (phrases.containsKey(compact.subSequence(i, end).toString())) {
                return end;
            }
        }
        return 0;
    }

    /** Every way of writing the phrase with each of its kanji words as written or in hiragana, but the phrase itself. */
    private static List<String> spellings(List<Word> words) {
        List<String> spellings = List.of("");
        for (Word w : words) {
            List<String> ways = new ArrayList<>();
            ways.add(w.surface());
            if (KANJI.matcher(w.surface()).find()) {
                ways.add(JapaneseWords.hiragana(w.reading()));
                if (w.surface().equals("何")) {
                    ways.add(ways.get(1).equals("なに") ? "なん" : "なに"); // 何 reads なに or なん by what follows
                }
            }
            List<String> longer = new ArrayList<>();
            for (String before : spellings) {
                ways.stream().distinct().forEach(way -> longer.add(before + way));
            }
            spellings = longer;
        }
        String phrase = String.join("", words.stream().map(Word::surface).toList());
        return spellings.stream().filter(s -> !s.equals(phrase)).toList();
    }

    /** A verb's kanji stem and how it reads: 歌う is 歌 read うた, 話す is 話 read はな. */
    private static Optional<String[]> verbStem(Word verb) {
        String surface = verb.surface();
        int kana = surface.length();
        while (kana > 0 && !KANJI.matcher(surface.substring(kana - 1, kana)).matches()) {
            kana--;
        }
        String tail = surface.substring(kana);
        String reading = JapaneseWords.hiragana(verb.reading());
        if (kana == 0 || !reading.endsWith(tail) || KANJI.matcher(surface.substring(0, kana)).results().count() != kana) {
            return Optional.empty(); // only a verb of kanji then kana: 歌う, not 取り仕切る
        }
        return Optional.of(new String[] {reading.substring(0, reading.length() - tail.length()), surface.substring(0, kana)});
    }
}
