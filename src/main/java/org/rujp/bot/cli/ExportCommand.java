package org.rujp.bot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.rujp.bot.config.Settings;
import org.rujp.bot.store.LogExport;
import org.rujp.bot.store.LoggedTurn;
import org.rujp.bot.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rujp-bot export --format jsonl|csv [--since DATE] [--output FILE]}: the conversation log for outside tools. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the conversation log, one row per turn with its facts and feedback, as JSON Lines or CSV.")
public final class ExportCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Option(names = "--format", required = true, paramLabel = "jsonl|csv",
            description = "jsonl (one JSON object per line) or csv (RFC 4180).")
    String format;

    @Option(names = "--since", paramLabel = "DATE",
            description = "Only turns from this day (2024-05-01, UTC) or instant (2024-05-01T12:00:00Z) on.")
    String since;

    @Option(names = "--output", paramLabel = "FILE", description = "Write to this file (replaced) instead of standard output.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        LogExport.Format fmt;
        try {
            fmt = LogExport.Format.valueOf(format.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err.println("rujp-bot export: --format must be jsonl or csv, not '" + format + "'");
            return Main.EXIT_USAGE;
        }
        Optional<Instant> from;
        try {
            from = since == null ? Optional.empty() : Optional.of(parseSince(since));
        } catch (DateTimeParseException e) {
            err.println("rujp-bot export: --since must be a date such as 2024-05-01 or an instant such as 2024-05-01T12:00:00Z, not '" + since + "'");
            return Main.EXIT_USAGE;
        }
        Settings settings = global.settings();
        Path file = Store.file(settings);
        if (!settings.store().postgres() && !Files.exists(file)) {
            err.println("rujp-bot export: no conversation log at " + file + " (nothing logged yet, or another --data-dir / store.file)");
            return Main.EXIT_INPUT;
        }
        List<LoggedTurn> turns;
        try (Store store = Store.open(settings)) {
            turns = store.log().turns(from);
        }
        if (output == null) {
            LogExport.write(turns, fmt, spec.commandLine().getOut());
        } else {
            writeReplacing(output, turns, fmt);
        }
        err.println("rujp-bot export: wrote " + turns.size() + " turn" + (turns.size() == 1 ? "" : "s") + " as "
                + fmt.name().toLowerCase(java.util.Locale.ROOT) + " to " + (output == null ? "standard output" : output)
                + (from.isPresent() ? " (since " + from.get() + ")" : ""));
        return 0;
    }

    /** Writes next to the target and moves it into place, so a failed export never leaves half a file. */
    private static void writeReplacing(Path target, List<LoggedTurn> turns, LogExport.Format fmt) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                LogExport.write(turns, fmt, w);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static Instant parseSince(String text) {
        String s = text.strip();
        if (s.length() == 10) {
            return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        return Instant.parse(s);
    }
}
