package org.rujp.bot.store;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The child process of {@link CrashSafetyTest}: records turns in a loop and prints "id;" after each
 * commit, until it is killed.
 */
public final class CrashChild {
    private CrashChild() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        try (Database db = Database.open(Path.of(args[0]))) {
            JdbcConversationLog log = new JdbcConversationLog(db, true);
            for (int i = 0; i < 1_000_000; i++) {
                long id = log.record(Turns.turn(Instant.now(), "telegram", "user" + (i % 7), Turns.answered("question " + i)));
                out.print(id + ";\n");
                out.flush();
            }
        }
    }
}
