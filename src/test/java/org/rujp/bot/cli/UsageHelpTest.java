package org.rujp.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** --version, --help and usage errors: what a user sees before any question is answered. */
class UsageHelpTest {
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    /** Every command, as the words that name it ("digest preview"). */
    static List<List<String>> commands() {
        List<List<String>> commands = new ArrayList<>();
        Main.everyCommand(new CommandLine(new Main())).forEach(c -> {
            List<String> words = new ArrayList<>(Arrays.asList(c.getCommandSpec().qualifiedName().split(" ")));
            commands.add(words.subList(1, words.size()));
        });
        return commands;
    }

    @Test
    void versionIsTheOneMavenBuilt() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<artifactId>rujp-bot</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertTrue(m.find(), "the project version in pom.xml");

        Run r = run("--version");

        assertEquals(0, r.code());
        assertEquals("rujp-bot " + m.group(1), r.out().lines().findFirst().orElseThrow());
        assertEquals(r.out(), run("ask", "--version").out(), "sub-commands print the same version");
    }

    @Test
    void helpWrapsAtSpacesOnlyAndKeepsEveryWordWhole() {
        for (List<String> command : commands()) {
            List<String> args = new ArrayList<>(command);
            args.add("--help");
            Run r = run(args.toArray(String[]::new));
            assertEquals(0, r.code(), String.join(" ", args));
            Set<String> shown = Arrays.stream(r.out().split("\\s+")).collect(Collectors.toSet());
            for (String line : r.out().split("\n")) {
                assertTrue(line.length() <= 80 || !line.strip().contains(" "), "wider than 80 columns: " + line);
            }
            CommandSpec spec = specOf(command);
            List<String> texts = new ArrayList<>(Arrays.asList(spec.usageMessage().description()));
            spec.options().forEach(o -> texts.addAll(Arrays.asList(o.description())));
            spec.positionalParameters().forEach(p -> texts.addAll(Arrays.asList(p.description())));
            for (String text : texts) {
                for (String word : text.split("\\s+")) {
                    if (!word.isEmpty() && !word.contains("${") && !word.contains("%n")) {
                        assertTrue(shown.contains(word), "'" + word + "' is cut in the help of '" + String.join(" ", command)
                                + "':\n" + r.out());
                    }
                }
            }
        }
    }

    @Test
    void everyOptionThatTakesAValueNamesIt() {
        for (List<String> command : commands()) {
            CommandSpec spec = specOf(command);
            List<ArgSpec> args = new ArrayList<>(spec.options());
            args.addAll(spec.positionalParameters());
            for (ArgSpec arg : args) {
                if (arg.arity().max() > 0 && !arg.typeInfo().isBoolean()) {
                    assertFalse(arg.paramLabel().startsWith("<"), "'" + String.join(" ", command) + "': "
                            + (arg.isOption() ? ((CommandLine.Model.OptionSpec) arg).longestName() : arg.paramLabel())
                            + " has no value label");
                }
            }
        }
    }

    @ParameterizedTest(name = "rujp-bot {0} -> did you mean {1}?")
    @CsvSource({
            "evl, eval",
            "ingets, ingest",
            "sreve, serve",
            "ak, ask",
            "chta, chat",
            "exprot, export",
            "digest previw, preview",
            "digest run, run-now"})
    void aMistypedCommandSuggestsTheClosestOne(String typed, String suggested) {
        Run r = run(typed.split(" "));

        assertEquals(Main.EXIT_USAGE, r.code());
        assertTrue(r.err().contains("unknown command '" + typed.substring(typed.lastIndexOf(' ') + 1)
                + "'; did you mean " + suggested + "?"), r.err());
    }

    @Test
    void aCommandNothingLikeAnyOtherListsTheCommands() {
        Run r = run("xyzzy");

        assertEquals(Main.EXIT_USAGE, r.code());
        assertFalse(r.err().contains("did you mean"), r.err());
        assertTrue(r.err().contains("Commands: ask, chat, ingest, eval"), r.err());
    }

    @Test
    void aMistypedOptionIsStillReportedAsAnOption() {
        Run r = run("ask", "--jsn");

        assertEquals(Main.EXIT_USAGE, r.code());
        assertTrue(r.err().contains("Unknown option: '--jsn'"), r.err());
    }

    private static CommandSpec specOf(List<String> command) {
        CommandLine cli = new CommandLine(new Main());
        for (String word : command) {
            cli = cli.getSubcommands().get(word);
        }
        return cli.getCommandSpec();
    }
}
