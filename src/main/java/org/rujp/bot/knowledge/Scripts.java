package org.rujp.bot.knowledge;

/** Counts letters by script; the basis of language detection and of knowledge validation. */
public final class Scripts {
    private Scripts() {
    }

    public static int cyrillic(String text) {
        return (int) text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC).count();
    }

    /** Hiragana, katakana and CJK ideographs. */
    public static int japanese(String text) {
        return (int) text.codePoints().filter(Scripts::isJapanese).count();
    }

    /** Whether every character of the text is of the script (Latin, Cyrillic, Han…); true of an empty text. */
    public static boolean only(String text, Character.UnicodeScript script) {
        return text.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == script);
    }

    public static int latin(String text) {
        return (int) text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN).count();
    }

    public static boolean isJapanese(int c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HAN
                || c == 0x30FC; // prolonged sound mark
    }
}
