package org.rujp.bot.answer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.knowledge.Scripts;

/**
 * Tells the language of a question by script first, then the channel's hint (Telegram's
 * language_code) when the text alone does not tell, English when unsure.
 *
 * <p>The text votes by words, not letters, so that a few names in another script do not decide: each
 * Latin or Cyrillic word is one vote for English or Russian, and Japanese, written without spaces,
 * gets one vote per two characters (a rough length of a Japanese word); a Latin acronym ("RDIF") is a name and
 * casts none, and a capitalised word, often a name, half of one: "Taro Kono кто" is Russian. "What did Путин say?" is
 * English, "Кто такой Abe?" Russian, "G20サミットはいつ?" Japanese. On a tie the language that is
 * not English wins (Latin names are common in Russian and Japanese questions; the reverse is rare),
 * unless the hint names one of the tied languages. Russian typed in Latin letters ("kogda byl god
 * obmenov") reads as English: nothing in the script says otherwise, and the hint is only a tie-breaker.
 * Without letters (empty, digits, punctuation) the hint decides, else English.
 */
public final class LanguageDetector {
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private LanguageDetector() {
    }

    public static Lang detect(String text, Optional<Lang> hint) {
        int latin = 0;
        int cyrillic = 0;
        int japaneseChars = 0;
        Matcher m = WORD.matcher(text == null ? "" : text);
        while (m.find()) {
            String word = m.group();
            int ja = Scripts.japanese(word);
            int ru = Scripts.cyrillic(word);
            int en = Scripts.latin(word);
            japaneseChars += ja;
            int vote = capitalised(word) ? 1 : 2;
            if (ru > 0 && ru >= en) {
                cyrillic += vote;
            } else if (en > 0 && en > ru && !acronym(word)) {
                latin += vote;
            }
        }
        int japanese = (japaneseChars + 1) / 2 * 2;
        int best = Math.max(latin, Math.max(cyrillic, japanese));
        if (best == 0) {
            return hint.orElse(Lang.EN);
        }
        if (hint.isPresent() && votes(hint.get(), latin, cyrillic, japanese) == best) {
            return hint.get();
        }
        if (japanese == best) {
            return Lang.JA;
        }
        return cyrillic == best ? Lang.RU : Lang.EN;
    }

    /** A word with a capital and then small letters ("Kono", "Путин") may be a name: it casts half a vote. */
    private static boolean capitalised(String word) {
        return word.length() > 1 && Character.isUpperCase(word.codePointAt(0))
                && word.codePoints().skip(1).allMatch(Character::isLowerCase);
    }

    /** A Latin acronym ("RDIF", "TASS", "METI") is a name, in a question of any language: it casts no vote. */
    private static boolean acronym(String word) {
        return word.length() >= 2 && word.codePoints().allMatch(c -> Character.isUpperCase(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }

    private static int votes(Lang lang, int latin, int cyrillic, int japanese) {
        return switch (lang) {
            case EN -> latin;
            case RU -> cyrillic;
            case JA -> japanese;
        };
    }
}
