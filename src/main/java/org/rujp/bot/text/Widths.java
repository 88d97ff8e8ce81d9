package org.rujp.bot.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Characters written as the knowledge writes them: full-width Latin letters, digits and units ("Ｇ２０", "g2０", "１７％") as ASCII,
 * half-width katakana ("ｵﾚｼｷﾝ") as full-width, and Latin letters without their marks ("Kōno Tarō", "Tōkyō": "Kono
 * Taro", "Tokyo"), as the knowledge writes romanised names. Punctuation keeps its width: the rules read "？" and "?"
 * alike. The marks of other scripts stay: "й" is no "и", "が" no "か".
 */
public final class Widths {
    private static final Pattern OTHER_WIDTH = Pattern.compile("[０-９Ａ-Ｚａ-ｚ％＄]+|[\\uFF66-\\uFF9F]+");
    private static final Pattern LATIN_MARKS = Pattern.compile("(?<=\\p{IsLatin})\\p{Mn}+");
    private static final Pattern MARKED = Pattern.compile("[\\u00C0-\\u024F\\u1E00-\\u1EFF]");

    private Widths() {
    }

    public static String folded(String text) {
        String widths = OTHER_WIDTH.matcher(text).replaceAll(m -> Normalizer.normalize(m.group(), Normalizer.Form.NFKC));
        if (!MARKED.matcher(widths).find()) {
            return widths;
        }
        String apart = Normalizer.normalize(widths, Normalizer.Form.NFD);
        return Normalizer.normalize(LATIN_MARKS.matcher(apart).replaceAll(""), Normalizer.Form.NFC);
    }
}
