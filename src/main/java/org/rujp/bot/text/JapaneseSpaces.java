package org.rujp.bot.text;

import java.util.regex.Pattern;

/**
 * Spaces between Japanese words taken out, as Japanese writes them: a learner's "ロシア の かいしゃ は 何 です か" reads as
 * "ロシアのかいしゃは何ですか", and "セコ ヒロシゲ" as one name. A space beside a word in Latin letters or digits
 * ("point が", "2018 年") stays, and so does the rest of the text.
 */
public final class JapaneseSpaces {
    private static final String JAPANESE = "\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー々、。？！「」";
    private static final Pattern BETWEEN = Pattern.compile("(?<=[" + JAPANESE + "])[ \\t\\u3000]+(?=[" + JAPANESE + "])");

    private JapaneseSpaces() {
    }

    public static String joined(String text) {
        return BETWEEN.matcher(text).replaceAll("");
    }
}
