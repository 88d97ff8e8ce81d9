package org.rujp.bot.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The lines of a raw article page while its furniture is being removed. Each line is one paragraph
 * as saved from the page (blank lines separate blocks); every removal remembers the rule that made it.
 */
final class Page {
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u2007\\u202f]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200b\\u200c\\u200d\\u2060\\ufeff]");
    private static final Pattern TERMINAL = Pattern.compile(".*[.!?\u2026\u3002\uff01\uff1f][\"'\u00bb\u201d\u2019)\\]]*$");

    /** A line taken out of the page and the rule that took it. */
    record Removal(int line, String text, String rule) {
    }

    private final List<String> lines;
    private final String[] removedBy;

    Page(List<String> rawLines) {
        this.lines = rawLines.stream().map(Page::normalize).toList();
        this.removedBy = new String[lines.size()];
    }

    static Page ofText(String text) {
        return new Page(List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)));
    }

    /** Non-breaking and repeated spaces become one space; zero-width characters go. */
    static String normalize(String line) {
        return SPACES.matcher(INVISIBLE.matcher(line).replaceAll("")).replaceAll(" ").strip();
    }

    /** Ends like a sentence (full stop, question or exclamation mark, ellipsis, possibly followed by a quote). */
    static boolean endsLikeSentence(String line) {
        return TERMINAL.matcher(line).matches();
    }

    /** A paragraph of running text rather than a title, label or link. */
    static boolean isProse(String line) {
        return line.length() >= 60 && endsLikeSentence(line);
    }

    static int words(String line) {
        String s = line.strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }

    int size() {
        return lines.size();
    }

    String line(int i) {
        return lines.get(i);
    }

    boolean live(int i) {
        return removedBy[i] == null && !lines.get(i).isEmpty();
    }

    boolean blank(int i) {
        return lines.get(i).isEmpty();
    }

    void remove(int i, String rule) {
        if (removedBy[i] == null && !lines.get(i).isEmpty()) {
            removedBy[i] = rule;
        }
    }

    /** Indexes of the lines still in the page, in order. */
    List<Integer> liveLines() {
        List<Integer> live = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (live(i)) {
                live.add(i);
            }
        }
        return live;
    }

    /**
     * Where the article body starts: the first remaining line that is prose or opens with a dateline.
     * Lines before it are the page header (title, date, standfirst); -1 when the page has no prose.
     */
    int bodyStart() {
        for (int i : liveLines()) {
            if (isProse(lines.get(i)) || Dateline.parse(lines.get(i)).isPresent()) {
                return i;
            }
        }
        return -1;
    }

    List<Removal> removals() {
        List<Removal> list = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (removedBy[i] != null) {
                list.add(new Removal(i + 1, lines.get(i), removedBy[i]));
            }
        }
        return list;
    }
}
