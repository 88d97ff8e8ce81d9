package org.rujp.bot.telegram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Splits our HTML into messages below the Bot API's 4096 characters: at a paragraph break if one is
 * near enough, else at a line break, else at a sentence end, else at a space, never inside a tag or an
 * entity. A cut inside an element closes it at the end of one part and reopens it at the start of the next.
 */
public final class MessageSplitter {
    /** Below 4096 with room for closing and reopening tags. */
    public static final int LIMIT = 4000;

    private MessageSplitter() {
    }

    public static List<String> split(String html) {
        return split(html, LIMIT);
    }

    public static List<String> split(String html, int limit) {
        if (limit < 64) {
            throw new IllegalArgumentException("limit too small: " + limit);
        }
        List<String> parts = new ArrayList<>();
        String rest = html.strip();
        while (rest.length() > limit) {
            int budget = limit - 48; // room for closing tags
            Cut cut = bestCut(rest, budget);
            String head = rest.substring(0, cut.at).stripTrailing();
            String tail = rest.substring(cut.at).stripLeading();
            StringBuilder close = new StringBuilder();
            StringBuilder reopen = new StringBuilder();
            List<String> open = new ArrayList<>(cut.open);
            for (int i = open.size() - 1; i >= 0; i--) {
                close.append("</").append(name(open.get(i))).append('>');
            }
            for (String tag : open) {
                reopen.append(tag);
            }
            if (!head.isEmpty()) {
                parts.add(head + close);
            }
            rest = reopen + tail;
        }
        if (!rest.isBlank()) {
            parts.add(rest);
        }
        return parts;
    }

    private record Cut(int at, List<String> open) {
    }

    /** The best safe cut at or before {@code budget}. */
    private static Cut bestCut(String s, int budget) {
        Deque<String> open = new ArrayDeque<>();
        int[] best = {-1, -1, -1, -1, -1}; // paragraph, line, sentence, space, anywhere
        List<List<String>> openAt = new ArrayList<>(List.of(List.of(), List.of(), List.of(), List.of(), List.of()));
        int i = 0;
        while (i < s.length() && i <= budget) {
            char c = s.charAt(i);
            if (c == '<') {
                int end = s.indexOf('>', i);
                if (end < 0 || end >= budget) {
                    break;
                }
                String tag = s.substring(i, end + 1);
                if (tag.startsWith("</")) {
                    if (!open.isEmpty()) {
                        open.removeLast();
                    }
                } else if (!tag.endsWith("/>")) {
                    open.addLast(tag);
                }
                i = end + 1;
                continue;
            }
            if (c == '&') {
                int end = s.indexOf(';', i);
                if (end > i && end - i <= 10) {
                    if (end >= budget) {
                        break;
                    }
                    i = end + 1;
                    continue;
                }
            }
            if (i > 0) {
                int level = level(s, i);
                List<String> snapshot = List.copyOf(open);
                // prefer cuts outside any element; an inner cut only when nothing better exists
                if (level < 4 && !open.isEmpty()) {
                    level = 4;
                }
                best[level] = i;
                openAt.set(level, snapshot);
                if (level < 4) {
                    best[4] = i;
                    openAt.set(4, snapshot);
                }
            }
            i++;
        }
        for (int level = 0; level < best.length; level++) {
            if (best[level] > budget / 3 || (level == best.length - 1 && best[level] > 0)) {
                return new Cut(best[level], openAt.get(level));
            }
        }
        return new Cut(Math.min(budget, s.length()), List.of());
    }

    /** 0 after a blank line, 1 after a line break, 2 after a sentence end, 3 after a space, 4 otherwise. */
    private static int level(String s, int i) {
        char prev = s.charAt(i - 1);
        if (prev == '\n') {
            return i >= 2 && s.charAt(i - 2) == '\n' ? 0 : 1;
        }
        if (prev == '\u3002' || prev == '\uff01' || prev == '\uff1f') {
            return 2;
        }
        if (Character.isWhitespace(s.charAt(i)) && i >= 1 && (prev == '.' || prev == '!' || prev == '?')) {
            return 2;
        }
        if (Character.isWhitespace(prev)) {
            return 3;
        }
        return 4;
    }

    private static String name(String openTag) {
        int end = 1;
        while (end < openTag.length() && Character.isLetterOrDigit(openTag.charAt(end))) {
            end++;
        }
        return openTag.substring(1, end);
    }
}
