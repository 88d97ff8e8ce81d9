package org.rujp.bot.cli;

import java.io.PrintWriter;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A mistyped command ({@code rujp-bot evl}) gets the closest command's name ("did you mean eval?") and exit code 2;
 * every other usage error is reported as picocli reports it.
 */
final class CommandSuggestion implements IParameterExceptionHandler {
    private final IParameterExceptionHandler otherwise;

    CommandSuggestion(IParameterExceptionHandler otherwise) {
        this.otherwise = otherwise;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) throws Exception {
        CommandLine command = ex.getCommandLine();
        if (ex instanceof UnmatchedArgumentException unmatched && !command.getSubcommands().isEmpty()
                && !unmatched.getUnmatched().isEmpty() && !unmatched.getUnmatched().get(0).startsWith("-")) {
            String typed = unmatched.getUnmatched().get(0);
            String name = command.getCommandSpec().qualifiedName();
            PrintWriter err = command.getErr();
            err.println(name + ": unknown command '" + typed + "'"
                    + closest(typed, command.getSubcommands().keySet()).map(c -> "; did you mean " + c + "?").orElse(""));
            err.println("Commands: " + String.join(", ", command.getSubcommands().keySet()) + ". See '" + name + " --help'.");
            err.flush();
            return Main.EXIT_USAGE;
        }
        return otherwise.handleParseException(ex, args);
    }

    /** The command nearest to what was typed: a prefix of it, or at most two edits (one for short words) away. */
    static Optional<String> closest(String typed, Collection<String> commands) {
        String t = typed.toLowerCase(Locale.ROOT);
        return commands.stream()
                .filter(c -> (t.length() >= 2 && c.startsWith(t)) || distance(t, c) <= Math.min(2, Math.max(1, c.length() / 3)))
                .min(Comparator.comparingInt((String c) -> c.startsWith(t) ? 0 : distance(t, c)).thenComparing(c -> c));
    }

    /** Edits (insert, delete, substitute, swap two neighbours) that turn a into b. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
