package org.rujp.bot.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.IHelpSectionRenderer;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Usage help that wraps at spaces only. picocli wraps with the JDK's line {@code BreakIterator}, which also
 * breaks after a dot, a colon or a slash, so {@code config/rujp-bot.yaml}, {@code answer.min_score} and URLs
 * came out cut in two. Each section is rendered by picocli on one unbounded line per paragraph and then wrapped
 * here: paragraphs at their indentation, table rows (options, parameters, commands) under their description
 * column with picocli's two-space hanging indent, the synopsis under its first element, never inside {@code [...]}.
 */
final class HelpLayout {
    /** Wide enough that picocli never wraps on its own; it still breaks at explicit new lines. */
    private static final int UNBOUNDED = 10_000;

    private enum Shape { PARAGRAPH, TABLE, SYNOPSIS }

    private HelpLayout() {
    }

    /** Installs the wrapping renderers on the command line and all its sub-commands. */
    static void install(CommandLine cli) {
        Map<String, IHelpSectionRenderer> sections = new LinkedHashMap<>(cli.getHelpSectionMap());
        wrap(sections, UsageMessageSpec.SECTION_KEY_SYNOPSIS, Shape.SYNOPSIS);
        wrap(sections, UsageMessageSpec.SECTION_KEY_HEADER, Shape.PARAGRAPH);
        wrap(sections, UsageMessageSpec.SECTION_KEY_DESCRIPTION, Shape.PARAGRAPH);
        wrap(sections, UsageMessageSpec.SECTION_KEY_PARAMETER_LIST, Shape.TABLE);
        wrap(sections, UsageMessageSpec.SECTION_KEY_OPTION_LIST, Shape.TABLE);
        wrap(sections, UsageMessageSpec.SECTION_KEY_COMMAND_LIST, Shape.TABLE);
        wrap(sections, UsageMessageSpec.SECTION_KEY_FOOTER, Shape.PARAGRAPH);
        cli.setHelpSectionMap(sections);
    }

    private static void wrap(Map<String, IHelpSectionRenderer> sections, String key, Shape shape) {
        IHelpSectionRenderer original = sections.get(key);
        if (original == null) {
            return;
        }
        sections.put(key, help -> {
            UsageMessageSpec usage = help.commandSpec().usageMessage();
            int width = usage.width();
            String unwrapped;
            usage.width(UNBOUNDED);
            try {
                unwrapped = original.render(help);
            } finally {
                usage.width(width);
            }
            if (shape != Shape.SYNOPSIS) {
                return rewrap(unwrapped, width, shape);
            }
            // The synopsis follows its heading ("Usage: ") on the same line: wrap the two together.
            String heading = help.synopsisHeading();
            return rewrap(heading + unwrapped, width, shape).substring(heading.length());
        });
    }

    private static String rewrap(String text, int width, Shape shape) {
        StringBuilder out = new StringBuilder();
        String[] lines = text.split("\n", -1);
        int column = shape == Shape.TABLE ? descriptionColumn(lines) : 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].stripTrailing();
            if (line.length() <= width) {
                out.append(line);
            } else {
                int lead = leadingSpaces(line);
                int start = switch (shape) {
                    case PARAGRAPH -> lead;
                    case TABLE -> Math.max(lead, column);
                    case SYNOPSIS -> synopsisColumn(line);
                };
                int hanging = switch (shape) {
                    case PARAGRAPH, SYNOPSIS -> start;
                    case TABLE -> start + 2;
                };
                fill(out, line.substring(0, start), words(line.substring(start), shape == Shape.SYNOPSIS), width, hanging);
            }
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static void fill(StringBuilder out, String prefix, List<String> words, int width, int hanging) {
        StringBuilder line = new StringBuilder(prefix);
        boolean empty = true;
        for (String word : words) {
            if (!empty && line.length() + 1 + word.length() > width) {
                out.append(line.toString().stripTrailing()).append('\n');
                line = new StringBuilder(" ".repeat(hanging));
                empty = true;
            }
            if (!empty) {
                line.append(' ');
            }
            line.append(word);
            empty = false;
        }
        out.append(line.toString().stripTrailing());
    }

    /** Words separated by spaces; in the synopsis a bracketed element such as {@code [--compare=RUN RUN]} is one word. */
    private static List<String> words(String text, boolean keepBrackets) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (keepBrackets && (c == '[' || c == '(')) {
                depth++;
            } else if (keepBrackets && (c == ']' || c == ')')) {
                depth = Math.max(0, depth - 1);
            }
            if (c == ' ' && depth == 0) {
                if (!word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    private static int leadingSpaces(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /**
     * Where a table's descriptions start: after the gap of two or more spaces that follows the first row's label
     * (picocli aligns every row's description there; a label too long for the column has its description on the
     * next line, starting at the column).
     */
    private static int descriptionColumn(String[] lines) {
        for (String line : lines) {
            int lead = leadingSpaces(line);
            int gap = line.indexOf("  ", lead);
            if (lead < line.length() && gap > lead) {
                int start = gap;
                while (start < line.length() && line.charAt(start) == ' ') {
                    start++;
                }
                if (start < line.length()) {
                    return start;
                }
            }
        }
        return 0;
    }

    /** "Usage: rujp-bot eval [-hV] ...": the elements continue under the first one after the command's name. */
    private static int synopsisColumn(String line) {
        int bracket = line.indexOf(" [");
        int paren = line.indexOf(" (");
        int first = bracket < 0 ? paren : paren < 0 ? bracket : Math.min(bracket, paren);
        return first < 0 ? leadingSpaces(line) : first + 1;
    }
}
