package org.rujp.bot.store;

import java.nio.file.Path;
import java.time.Instant;

/**
 * Opens a database and records one turn, printing the outcome: run by {@code DatabaseTest} as an
 * unprivileged user when the tests run as root, for whom file permissions do not bind.
 */
public final class ReadOnlyProbe {
    private ReadOnlyProbe() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        try (Database db = Database.open(file)) {
            new JdbcConversationLog(db, true).record(Turns.turn(Instant.EPOCH, "cli", "a", Turns.answered("q")));
            System.out.println("WROTE");
        } catch (StoreException e) {
            System.out.println("STORE-EXCEPTION " + e.getMessage());
        }
    }
}
