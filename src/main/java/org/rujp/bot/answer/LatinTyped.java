package org.rujp.bot.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rujp.bot.answer.analysis.JapaneseWords;
import org.rujp.bot.answer.analysis.LexiconRules;
import org.rujp.bot.knowledge.KnowledgeBase;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.knowledge.Scripts;

/**
 * Russian and Japanese typed in Latin letters, read in their own script: "kogda prodlili god obmenov s yaponiei" as
 * "когда продлили год обменов с японией", "urajiosutoku de atta no itsu" as "ウラジオストク で 会った の いつ". Whoever has no
 * Cyrillic or Japanese keyboard at hand types so, and the question is then one of that language.
 *
 * <p>A word is read by the words the knowledge and the lexicon write: a Latin word is Russian when, spelt in Cyrillic, it
 * is one of their Russian words or has the stem of one, and Japanese when, read as romaji, it is the reading of one of their
 * Japanese words (of one to three of Kuromoji's words), or of several side by side, or a particle. Spellings are read
 * loosely, as people type them: "ya", "ia", "ja" are all я, "y", "i", "j" и, й or ы, a soft sign may be left out;
 * "kouryuu", "koryu", "kōryū" are one reading, and "si", "shi" one kana. The text is read so only when more of its words are
 * Russian (or Japanese) and not English than are English and not Russian (or Japanese), and at least two: a word that is
 * both ("god", "plan", "to", "abe") casts no vote, so "Who is Abe?" stays English and "What is the Nichiro Koryu Nen?" too.
 */
final class LatinTyped {
    private static final Pattern LATIN_WORD = Pattern.compile("[a-zA-Z'āīūēōâîûêô]+");
    private static final Pattern CYRILLIC_WORD = Pattern.compile("[а-яё]+");
    /** The fewest words read as another language for the whole text to be read so. */
    private static final int FEWEST_VOTES = 2;
    /** The most of Kuromoji's words one reading is made of ("はじまっ" "た"). */
    private static final int MOST_WORDS = 3;
    /** The most known readings a Latin word of Japanese is cut into ("nichirokouryuunen": 日露 交流 年). */
    private static final int MOST_PIECES = 4;

    /** The Russian words of the knowledge and the lexicon, by their loose Latin-typed key. */
    private final Map<String, String> russianByKey = new HashMap<>();
    private final Set<String> russianStems = new HashSet<>();
    /** The Japanese words of the knowledge and the lexicon, by their loose reading. */
    private final Map<String, String> japaneseByReading = new HashMap<>();
    /** The words of the knowledge's names in Latin letters but English ("kirill", "dmitriev", "kono"): of no one language. */
    private final Set<String> nameWords = new HashSet<>();

    LatinTyped(KnowledgeBase kb) {
        List<String> written = new ArrayList<>(Misspellings.written(kb));
        kb.entities().forEach(entity -> entity.allNames().forEach(name -> LATIN_WORD.matcher(name).results()
                .map(word -> plain(word.group())).filter(word -> !CommonEnglish.contains(word)).forEach(nameWords::add)));
        List<String> russian = new ArrayList<>(LexiconRules.of(Lang.RU).words());
        written.stream().filter(text -> Scripts.cyrillic(text) > 0).forEach(russian::add);
        Map<String, Map<String, Integer>> counted = new HashMap<>();
        for (String text : russian) {
            Matcher m = CYRILLIC_WORD.matcher(text.toLowerCase(Locale.ROOT));
            while (m.find()) {
                String word = m.group().replace('ё', 'е');
                counted.computeIfAbsent(looseRussian(word), k -> new HashMap<>()).merge(word, 1, Integer::sum);
                russianStems.add(Misspellings.russianStem(word));
            }
        }
        counted.forEach((key, words) -> russianByKey.put(key, mostWritten(words)));
        List<String> japanese = new ArrayList<>(LexiconRules.of(Lang.JA).words());
        written.stream().filter(text -> Scripts.japanese(text) > 0).forEach(japanese::add);
        Map<String, Map<String, Integer>> read = new HashMap<>();
        for (String text : japanese) {
            List<String[]> words = kuromojiWords(text);
            for (int i = 0; i < words.size(); i++) {
                StringBuilder surface = new StringBuilder();
                StringBuilder reading = new StringBuilder();
                for (int j = i; j < Math.min(words.size(), i + MOST_WORDS); j++) {
                    if (words.get(j) == null) {
                        break;
                    }
                    surface.append(words.get(j)[0]);
                    reading.append(words.get(j)[1]);
                    read.computeIfAbsent(looseKana(JapaneseWords.hiragana(reading.toString())), k -> new HashMap<>())
                            .merge(surface.toString(), 1, Integer::sum);
                }
            }
        }
        // (a name in katakana before its reading in hiragana: "seko" is セコウ, not the "せこう" an alias spells it)
        read.forEach((key, surfaces) -> {
            String most = mostWritten(surfaces);
            Map<String, Integer> katakana = new HashMap<>(surfaces);
            katakana.keySet().removeIf(surface -> !surface.chars().allMatch(ch -> ch >= 'ァ' && ch <= 'ヺ' || ch == 'ー'));
            boolean hiragana = most.chars().allMatch(ch -> ch >= 'ぁ' && ch <= 'ゖ');
            japaneseByReading.put(key, hiragana && !katakana.isEmpty() ? mostWritten(katakana) : most);
        });
    }

    /**
     * The question in Cyrillic or in Japanese, with the language it is then of, when its Latin words are of either; with a
     * hint of Russian or Japanese (the chat's language, or that of the question before), one such word is enough: "a kogda?".
     */
    Optional<Read> read(String text, Optional<Lang> hint) {
        if (Scripts.latin(text) == 0 || Scripts.cyrillic(text) > 0 || Scripts.japanese(text) >= Scripts.latin(text)) {
            return Optional.empty();
        }
        boolean kanji = Scripts.japanese(text) > 0; // "lekarstva ot leykoza (白血病)": Russian, a word of Japanese quoted
        int english = 0;
        int russian = 0;
        int japanese = 0;
        Matcher m = LATIN_WORD.matcher(text);
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            if (word.replace("'", "").length() < 2 || nameWords.contains(plain(word))) {
                continue;
            }
            boolean en = CommonEnglish.contains(word.replace("'", ""));
            boolean ru = russianWord(word).isPresent();
            boolean ja = japaneseWord(word).isPresent();
            if (en && !ru && !ja) {
                english++;
            } else if (!en) {
                russian += ru ? 1 : 0;
                japanese += ja ? 1 : 0;
            }
        }
        int fewest = hint.filter(h -> h != Lang.EN).isPresent() ? 1 : FEWEST_VOTES;
        if (russian > japanese && russian >= fewest && russian > english) {
            return Optional.of(new Read(rewritten(text, Lang.RU), Lang.RU));
        }
        if (!kanji && japanese > russian && japanese >= fewest && japanese > english) {
            return Optional.of(new Read(rewritten(text, Lang.JA), Lang.JA));
        }
        return Optional.empty();
    }

    /** A word in lower case without its macrons and apostrophes ("Kōno": "kono"). */
    private static String plain(String word) {
        return java.text.Normalizer.normalize(word.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD).replaceAll("[^a-z]", "");
    }

    /** A question read in the script of its language. */
    record Read(String text, Lang lang) {
    }

    private String rewritten(String text, Lang lang) {
        Matcher m = LATIN_WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            String in = lang == Lang.RU ? russianWord(word).orElseGet(() -> Cyrillic.spelt(word))
                    : japaneseWord(word).orElseGet(() -> Kana.of(word).orElse(m.group()));
            m.appendReplacement(out, Matcher.quoteReplacement(in));
        }
        m.appendTail(out);
        // "2018 nen": a counter after digits; "seko-san": a title joined by a hyphen, as Japanese writes them
        return lang == Lang.JA ? out.toString().replaceAll("(?<=\\d) (?=[年月日人件回])", "")
                .replaceAll("(?<=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー])-(?=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}])", "") : out.toString();
    }

    /** The Russian word of the knowledge a Latin word spells, or its Cyrillic spelling when that has the stem of one. */
    private Optional<String> russianWord(String latin) {
        String known = russianByKey.get(looseLatin(latin));
        if (known != null) {
            return Optional.of(known);
        }
        String spelt = Cyrillic.spelt(latin);
        return spelt.length() > 2 && russianStems.contains(Misspellings.russianStem(spelt)) ? Optional.of(spelt) : Optional.empty();
    }

    /** The Japanese a Latin word reads as: a word of the knowledge, several side by side, or a particle. */
    private Optional<String> japaneseWord(String latin) {
        Optional<String> kana = Kana.of(latin);
        if (kana.isEmpty()) {
            return Optional.empty();
        }
        String particle = Kana.PARTICLES.get(latin);
        if (particle != null) {
            return Optional.of(particle);
        }
        String key = looseKana(kana.get());
        String known = japaneseByReading.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        return pieces(key);
    }

    /** A reading cut into the fewest known readings that make it up, in their words, or none. */
    private Optional<String> pieces(String key) {
        int n = key.length();
        int[] fewest = new int[n + 1];
        String[] made = new String[n + 1];
        java.util.Arrays.fill(fewest, Integer.MAX_VALUE);
        fewest[0] = 0;
        made[0] = "";
        for (int end = 1; end <= n; end++) {
            for (int start = Math.max(0, end - 12); start < end; start++) {
                if (fewest[start] == Integer.MAX_VALUE) {
                    continue;
                }
                String piece = key.substring(start, end);
                String word = end - start >= 2 ? japaneseByReading.get(piece) : null;
                if (word != null && fewest[start] + 1 < fewest[end]) {
                    fewest[end] = fewest[start] + 1;
                    made[end] = made[start] + word;
                }
            }
        }
        return fewest[n] <= MOST_PIECES ? Optional.of(made[n]) : Optional.empty();
    }

    private static String mostWritten(Map<String, Integer> counted) {
        return counted.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry::getKey,
                java.util.Comparator.reverseOrder())).orElseThrow().getKey();
    }

    /** Kuromoji's words of a Japanese text, surface and reading in katakana; null for a stop, a space or a digit. */
    private static List<String[]> kuromojiWords(String text) {
        return JapaneseWords.of(text).stream().map(w -> {
            String kana = w.reading() != null ? w.reading() : Kana.isKana(w.surface()) ? w.surface() : null;
            return w.partOfSpeech().startsWith("記号") || kana == null || !Kana.isKana(kana) ? null : new String[] {w.surface(), kana};
        }).toList();
    }

    /**
     * A reading as loosely as people type it in romaji: long vowels as one ("こうりゅう", "こりゅ", "こーりゅー"), "えい" as "え",
     * a doubled consonant kept.
     */
    static String looseKana(String hiragana) {
        StringBuilder out = new StringBuilder();
        char vowel = 0;
        for (char c : hiragana.toCharArray()) {
            char v = Kana.vowel(c);
            boolean longer = c == 'ー' || "あいうえお".indexOf(c) >= 0 && vowel != 0 && (v == vowel || vowel == 'o' && v == 'u'
                    || vowel == 'e' && v == 'i');
            if (longer) {
                continue;
            }
            out.append(c);
            vowel = v;
        }
        return out.toString();
    }

    /** A Russian word as loosely as people type it in Latin letters: й, ы as и, э, ё as е, я as иа, тс as ц, no soft or hard sign. */
    static String looseRussian(String word) {
        StringBuilder out = new StringBuilder();
        for (char c : word.toCharArray()) {
            switch (c) {
                case 'й', 'ы' -> out.append('и');
                case 'э', 'ё' -> out.append('е');
                case 'я' -> out.append("иа");
                case 'ю' -> out.append("иу");
                case 'щ' -> out.append('ш');
                case 'ь', 'ъ' -> { }
                default -> out.append(c);
            }
        }
        return out.toString().replace("ии", "и").replace("тс", "ц");
    }

    /** A Latin-typed Russian word in the letters of {@link #looseRussian}. */
    static String looseLatin(String latin) {
        return looseRussian(Cyrillic.spelt(latin));
    }
}
