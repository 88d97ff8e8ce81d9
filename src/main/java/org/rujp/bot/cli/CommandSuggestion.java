package org.rujp.bot.cli;

import java.io.PrintWriter;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.rujp.bot.text.Edits;
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
                .filter(c -> (t.length() >= 2 && c.startsWith(t)) || Edits.distance(t, c) <= Math.min(2, Math.max(1, c.length() / 3)))
                .min(Comparator.comparingInt((String c) -> c.startsWith(t) ? 0 : Edits.distance(t, c)).thenComparing(c -> c));
    }
}
