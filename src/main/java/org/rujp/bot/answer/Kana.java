package org.rujp.bot.answer;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Romaji read as hiragana, as a Japanese keyboard's input method reads it: Hepburn, Kunrei and the spellings people type
 * ("shi", "si"; "tsu", "tu"; "jya", "ja"), a doubled consonant as っ, "n" before a consonant, "nn" and "n'" as ん,
 * and a long vowel with a macron as two ("ō": おう). A word with a letter romaji has no reading for ("which") is none.
 */
final class Kana {
    private static final String TABLE = """
            a あ i い u う e え o お ka か ki き ku く ke け ko こ ga が gi ぎ gu ぐ ge げ go ご
            sa さ shi し si し su す se せ so そ za ざ ji じ zi じ zu ず ze ぜ zo ぞ
            ta た chi ち ti ち tsu つ tu つ te て to と da だ di ぢ du づ de で do ど
            na な ni に nu ぬ ne ね no の ha は hi ひ fu ふ hu ふ he へ ho ほ ba ば bi び bu ぶ be べ bo ぼ
            pa ぱ pi ぴ pu ぷ pe ぺ po ぽ ma ま mi み mu む me め mo も ya や yu ゆ yo よ
            ra ら ri り ru る re れ ro ろ la ら li り lu る le れ lo ろ wa わ wo を wi うぃ we うぇ
            va ゔぁ vi ゔぃ vu ゔ ve ゔぇ vo ゔぉ fa ふぁ fi ふぃ fe ふぇ fo ふぉ
            kya きゃ kyu きゅ kyo きょ gya ぎゃ gyu ぎゅ gyo ぎょ sha しゃ shu しゅ sho しょ she しぇ sya しゃ syu しゅ syo しょ
            ja じゃ ju じゅ jo じょ je じぇ jya じゃ jyu じゅ jyo じょ zya じゃ zyu じゅ zyo じょ
            cha ちゃ chu ちゅ cho ちょ che ちぇ tya ちゃ tyu ちゅ tyo ちょ nya にゃ nyu にゅ nyo にょ
            hya ひゃ hyu ひゅ hyo ひょ bya びゃ byu びゅ byo びょ pya ぴゃ pyu ぴゅ pyo ぴょ
            mya みゃ myu みゅ myo みょ rya りゃ ryu りゅ ryo りょ
            """;
    private static final Map<String, String> KANA = new HashMap<>();
    private static final Map<Character, Character> VOWELS = new HashMap<>();
    /**
     * A particle or a title typed as its own word, written as Japanese writes it: "wa" は, "o" and "wo" を, "e" へ, "no"
     * の (not ノー), "san" さん (not 三).
     */
    static final Map<String, String> PARTICLES = Map.ofEntries(Map.entry("wa", "は"), Map.entry("wo", "を"), Map.entry("o", "を"),
            Map.entry("e", "へ"), Map.entry("no", "の"), Map.entry("to", "と"), Map.entry("ga", "が"), Map.entry("ni", "に"),
            Map.entry("de", "で"), Map.entry("mo", "も"), Map.entry("ka", "か"), Map.entry("san", "さん"), Map.entry("sama", "さま"),
            Map.entry("chan", "ちゃん"));

    static {
        String[] cells = TABLE.strip().split("\\s+");
        for (int i = 0; i < cells.length; i += 2) {
            KANA.put(cells[i], cells[i + 1]);
            String kana = cells[i + 1];
            VOWELS.putIfAbsent(kana.charAt(kana.length() - 1), cells[i].charAt(cells[i].length() - 1));
        }
        "ぁあぃいぅうぇえぉお".chars().forEach(c -> VOWELS.put((char) c, "aaiiuueeoo".charAt("ぁあぃいぅうぇえぉお".indexOf(c))));
        VOWELS.put('ゃ', 'a');
        VOWELS.put('ゅ', 'u');
        VOWELS.put('ょ', 'o');
    }

    private Kana() {
    }

    /** A word of Latin letters in lower case read as hiragana, or none when it is no romaji. */
    static Optional<String> of(String latin) {
        String s = latin.replace("ā", "aa").replace("ī", "ii").replace("ū", "uu").replace("ē", "ee").replace("ō", "ou")
                .replace("â", "aa").replace("î", "ii").replace("û", "uu").replace("ê", "ee").replace("ô", "ou");
        StringBuilder out = new StringBuilder();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == 'n' && (i + 1 == n || !startsSyllable(s.charAt(i + 1)))) {
                out.append('ん');
                i++;
                if (i < n && (s.charAt(i) == '\'' || s.charAt(i) == 'n' && (i + 1 == n || !startsSyllable(s.charAt(i + 1))))) {
                    i++;
                }
                continue;
            }
            if (i + 1 < n && "aiueon'".indexOf(c) < 0 && (s.charAt(i + 1) == c || c == 't' && s.charAt(i + 1) == 'c')) {
                out.append('っ');
                i++;
                continue;
            }
            int length = Math.min(3, n - i);
            while (length > 0 && !KANA.containsKey(s.substring(i, i + length))) {
                length--;
            }
            if (length == 0) {
                return Optional.empty();
            }
            out.append(KANA.get(s.substring(i, i + length)));
            i += length;
        }
        return Optional.of(out.toString());
    }

    private static boolean startsSyllable(char c) {
        return "aiueoy".indexOf(c) >= 0;
    }

    static boolean isKana(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c >= 'ぁ' && c <= 'ゖ' || c >= 'ァ' && c <= 'ヺ' || c == 'ー');
    }

    /** The vowel a kana ends on, or 0 for ん and っ. */
    static char vowel(char kana) {
        return VOWELS.getOrDefault(kana, (char) 0);
    }
}
