package org.rujp.bot.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an article body into passages of roughly {@code min}..{@code max} characters: paragraphs
 * stay whole when they fit, very short ones join their neighbour, very long ones are cut at sentence
 * boundaries; a sentence alone longer than {@code max} is cut at a word boundary, so no passage is longer.
 */
final class PassageSplitter {
    static final int MIN = 300;
    static final int MAX = 700;
    /** A paragraph shorter than this joins the previous passage when it fits. */
    static final int SHORT = 150;

    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?<=[.!?\u2026])[\"'\u00bb\u201d\u2019)]*\\s+(?=[\"'\u00ab\u201c(\\p{Lu}\\d])|(?<=[\u3002\uff01\uff1f])");
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "prof", "gen", "col", "lt", "sgt",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "etc", "inc",
            "co", "corp", "ltd", "jr", "sr", "u.s", "u.k", "т", "г", "гг", "им", "ул", "д", "тыс", "млн", "млрд", "руб", "см");

    private final int min;
    private final int max;

    PassageSplitter() {
        this(MIN, MAX);
    }

    PassageSplitter(int min, int max) {
        this.min = min;
        this.max = max;
    }

    List<String> split(List<String> paragraphs) {
        List<String> units = new ArrayList<>();
        for (String paragraph : paragraphs) {
            String p = paragraph.strip();
            if (p.isEmpty()) {
                continue;
            }
            units.addAll(p.length() <= max ? List.of(p) : pack(sentences(p)));
        }
        List<String> passages = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String unit : units) {
            int joined = current.length() + 1 + unit.length();
            boolean fits = joined <= max;
            if (current.length() > 0 && fits && (current.length() < min || unit.length() < SHORT)) {
                current.append(' ').append(unit);
            } else {
                if (current.length() > 0) {
                    passages.add(current.toString());
                }
                current = new StringBuilder(unit);
            }
        }
        if (current.length() > 0) {
            if (!passages.isEmpty() && current.length() < SHORT
                    && passages.get(passages.size() - 1).length() + 1 + current.length() <= max + SHORT) {
                passages.set(passages.size() - 1, passages.get(passages.size() - 1) + " " + current);
            } else {
                passages.add(current.toString());
            }
        }
        return passages;
    }

    /** Greedy: as many whole sentences as fit in {@code max}, aiming past {@code min}. */
    private List<String> pack(List<String> sentences) {
        List<String> chunks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String whole : sentences) {
            for (String sentence : pieces(whole)) {
                if (current.length() > 0 && current.length() + 1 + sentence.length() > max) {
                    chunks.add(current.toString());
                    current = new StringBuilder();
                }
                if (current.length() > 0) {
                    current.append(' ');
                }
                current.append(sentence);
            }
        }
        if (current.length() > 0) {
            chunks.add(current.toString());
        }
        return chunks;
    }

    /**
     * A sentence longer than {@code max} (a page saved as one line, a list with no full stops) cut at the last
     * word boundary before {@code max}, or at {@code max} where there is none (Japanese); a shorter one whole.
     */
    List<String> pieces(String sentence) {
        List<String> pieces = new ArrayList<>();
        String rest = sentence.strip();
        while (rest.length() > max) {
            int cut = rest.lastIndexOf(' ', max);
            if (cut < max / 2) {
                cut = max;
            }
            pieces.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty()) {
            pieces.add(rest);
        }
        return pieces;
    }

    /** The paragraph's sentences; a full stop after an abbreviation or an initial does not end one. */
    static List<String> sentences(String paragraph) {
        List<String> sentences = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(paragraph);
        int start = 0;
        while (m.find()) {
            String candidate = paragraph.substring(start, m.start());
            if (endsWithAbbreviation(candidate)) {
                continue;
            }
            String sentence = paragraph.substring(start, m.end()).strip();
            if (!sentence.isEmpty()) {
                sentences.add(sentence);
            }
            start = m.end();
        }
        String last = paragraph.substring(start).strip();
        if (!last.isEmpty()) {
            sentences.add(last);
        }
        return sentences;
    }

    private static boolean endsWithAbbreviation(String text) {
        String trimmed = text.replaceAll("[\"'\u00bb\u201d\u2019)]+$", "");
        if (!trimmed.endsWith(".")) {
            return false;
        }
        String[] words = trimmed.substring(0, trimmed.length() - 1).split("[\\s(]+");
        String word = words.length == 0 ? "" : words[words.length - 1];
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return ABBREVIATIONS.contains(lower) || word.length() == 1 && Character.isUpperCase(word.charAt(0));
    }
}
