package org.rujp.bot.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.rujp.bot.BotException;
import org.rujp.bot.config.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code rujp-bot} command line. Exit codes: 0 success, 1 failure while running, 2 bad usage,
 * 3 bad configuration or input files, 4 a quality gate not met.
 */
@Command(name = "rujp-bot", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        description = "Answers questions about exchanges between Russia and Japan, with citations.",
        subcommands = {AskCommand.class, ChatCommand.class, IngestCommand.class, EvalCommand.class, ExportCommand.class,
                ServeCommand.class, DigestCommand.class, BenchCommand.class, KnowledgeCommand.class, ConfigCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int EXIT_FAILURE = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_INPUT = 3;
    public static final int EXIT_GATE = 4;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a sub-command is required");
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** The command and all its sub-commands, depth first. */
    static java.util.stream.Stream<CommandLine> everyCommand(CommandLine cli) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(cli),
                cli.getSubcommands().values().stream().distinct().flatMap(Main::everyCommand));
    }

    /** Runs the command line with the given streams; returns the exit code (tests call this). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler(new CommandSuggestion(cli.getParameterExceptionHandler()));
        HelpLayout.install(cli);
        everyCommand(cli).forEach(c -> c.getCommandSpec().versionProvider(new BuildVersion()));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof ConfigException) {
                err.println("rujp-bot: " + e.getMessage());
                return EXIT_INPUT;
            }
            if (e instanceof BotException) {
                err.println("rujp-bot: " + e.getMessage());
                return e instanceof org.rujp.bot.InvalidFileException ? EXIT_INPUT : EXIT_FAILURE;
            }
            throw e;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
