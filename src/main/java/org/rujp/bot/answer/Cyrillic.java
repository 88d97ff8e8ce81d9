package org.rujp.bot.answer;

/**
 * A Russian word typed in Latin letters spelt in Cyrillic, the way most people transliterate: "zh" ж, "kh" and "h" х,
 * "ts" and "c" ц, "ch" ч, "sh" ш, "shch" and "sch" щ, "ya" and "ja" я, "yu" and "ju" ю, "yo" ё, "ye" е, "y" ы after a
 * consonant and й after a vowel, a word-final "iy", "ij" ий, "e" at the start э, and an apostrophe ь.
 */
final class Cyrillic {
    private static final String[][] LETTERS = {
            {"shch", "щ"}, {"sch", "щ"}, {"zh", "ж"}, {"kh", "х"}, {"ts", "ц"}, {"ch", "ч"}, {"sh", "ш"},
            {"yu", "ю"}, {"ju", "ю"}, {"ya", "я"}, {"ja", "я"}, {"yo", "ё"}, {"jo", "ё"}, {"ye", "е"}, {"je", "е"},
            {"a", "а"}, {"b", "б"}, {"v", "в"}, {"w", "в"}, {"g", "г"}, {"d", "д"}, {"e", "е"}, {"z", "з"}, {"i", "и"},
            {"j", "й"}, {"k", "к"}, {"l", "л"}, {"m", "м"}, {"n", "н"}, {"o", "о"}, {"p", "п"}, {"r", "р"}, {"s", "с"},
            {"t", "т"}, {"u", "у"}, {"f", "ф"}, {"h", "х"}, {"c", "ц"}, {"x", "кс"}, {"q", "к"}, {"'", "ь"},
    };

    private Cyrillic() {
    }

    /** The word, in Latin letters in lower case, in Cyrillic. */
    static String spelt(String latin) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < latin.length()) {
            boolean softVowel = latin.charAt(i) == 'y' && (i + 1 == latin.length() || "auoe".indexOf(latin.charAt(i + 1)) < 0);
            if (softVowel || latin.endsWith("ij") && i == latin.length() - 1) {
                boolean afterVowel = out.length() > 0 && "аеёиоуыэюя".indexOf(out.charAt(out.length() - 1)) >= 0;
                out.append(afterVowel ? 'й' : 'ы');
                i++;
                continue;
            }
            String letter = "?";
            for (String[] l : LETTERS) {
                if (latin.startsWith(l[0], i)) {
                    letter = l[1];
                    i += l[0].length();
                    break;
                }
            }
            if (letter.equals("?")) {
                i++;
                continue;
            }
            out.append(out.length() == 0 && letter.equals("е") && !latin.startsWith("ye") && !latin.startsWith("je") ? "э" : letter);
        }
        return out.toString();
    }
}
