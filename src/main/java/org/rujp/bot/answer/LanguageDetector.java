package org.rujp.bot.answer;

import java.util.Optional;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.knowledge.Scripts;

/**
 * Tells the language of a question: by script first (Japanese kana or kanji, Cyrillic, Latin), then
 * the channel's hint (Telegram's language_code) when the text alone does not tell, English when unsure.
 */
public final class LanguageDetector {
    private LanguageDetector() {
    }

    public static Lang detect(String text, Optional<Lang> hint) {
        int ja = Scripts.japanese(text);
        int ru = Scripts.cyrillic(text);
        int en = Scripts.latin(text);
        if (ja > 0 && ja >= ru) {
            return Lang.JA;
        }
        if (ru > 0 && ru >= en / 2) {
            return Lang.RU;
        }
        if (en > 0) {
            return Lang.EN;
        }
        return hint.orElse(Lang.EN);
    }
}
