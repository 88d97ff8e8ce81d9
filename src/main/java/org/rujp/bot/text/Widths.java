package org.rujp.bot.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Characters of another width written as the knowledge writes them: full-width Latin letters and digits ("Ｇ２０", "g2０")
 * as ASCII, half-width katakana ("ｵﾚｼｷﾝ") as full-width. Punctuation keeps its width: the rules read "？" and "?" alike.
 */
public final class Widths {
    private static final Pattern OTHER_WIDTH = Pattern.compile("[０-９Ａ-Ｚａ-ｚ]+|[\\uFF66-\\uFF9F]+");

    private Widths() {
    }

    public static String folded(String text) {
        return OTHER_WIDTH.matcher(text).replaceAll(m -> Normalizer.normalize(m.group(), Normalizer.Form.NFKC));
    }
}
