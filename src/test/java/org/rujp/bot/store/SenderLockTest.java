package org.rujp.bot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One sending process per store: serve and digest run-now never send side by side. */
class SenderLockTest {
    @TempDir
    Path dir;

    /** Holds the lock of the store given as the argument until killed; says "held" once it has it. */
    public static final class Holder {
        public static void main(String[] args) throws Exception {
            SenderLock lock = SenderLock.acquire(Path.of(args[0]), "serve");
            System.out.println("held");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
            lock.close();
        }
    }

    @Test
    void aSecondSenderIsRefusedNamingTheFirstUntilItLetsGo() {
        Path db = dir.resolve("rujp-bot.db");
        try (SenderLock serve = SenderLock.acquire(db, "serve")) {
            StoreException e = assertThrows(StoreException.class, () -> SenderLock.acquire(db, "digest run-now"));
            assertTrue(e.getMessage().contains(db.toString()), e.getMessage());
            assertTrue(e.getMessage().contains("serve, process " + ProcessHandle.current().pid()), e.getMessage());
        }
        SenderLock.acquire(db, "digest run-now").close();
    }

    @Test
    void anotherProcessHoldingItRefusesUsAndAKilledHolderLeavesNoStaleLock() throws Exception {
        Path db = dir.resolve("rujp-bot.db");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Holder.class.getName(), db.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("held", out.readLine());

            StoreException e = assertThrows(StoreException.class, () -> SenderLock.acquire(db, "digest run-now"));
            assertTrue(e.getMessage().contains("process " + holder.pid()), e.getMessage());

            holder.destroyForcibly(); // kill -9: no chance to clean up
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
            SenderLock.acquire(db, "digest run-now").close();
        } finally {
            holder.destroyForcibly();
        }
    }

    @Test
    void theSameDatabaseThroughASymbolicLinkIsTheSameLock() throws Exception {
        Path db = dir.resolve("data").resolve("rujp-bot.db");
        Files.createDirectories(db.getParent());
        Files.writeString(db, "");
        Path linkedFile = Files.createSymbolicLink(dir.resolve("link.db"), db);
        Path linkedDir = Files.createSymbolicLink(dir.resolve("elsewhere"), db.getParent());

        try (SenderLock serve = SenderLock.acquire(db, "serve")) {
            assertThrows(StoreException.class, () -> SenderLock.acquire(linkedFile, "digest run-now"));
            assertThrows(StoreException.class, () -> SenderLock.acquire(linkedDir.resolve("rujp-bot.db"), "digest run-now"));
        }
    }

    @Test
    void theLockFileSitsBesideTheDatabaseAndNamesItsHolder() throws Exception {
        Path db = dir.resolve("data").resolve("bot.db");
        try (SenderLock lock = SenderLock.acquire(db, "digest run-now")) {
            Path file = SenderLock.lockFile(db);
            assertEquals(dir.resolve("data").resolve("bot.db.sender.lock"), file);
            assertTrue(Files.readString(file).startsWith("digest run-now, process "), Files.readString(file));
        }
    }

    @Test
    void aLockFileThatCannotBeCreatedIsAClearError() throws Exception {
        Path notADirectory = Files.writeString(dir.resolve("plain-file"), "x");
        StoreException e = assertThrows(StoreException.class, () -> SenderLock.acquire(notADirectory.resolve("rujp-bot.db"), "serve"));
        assertTrue(e.getMessage().contains("rujp-bot.db.sender.lock"), e.getMessage());
    }
}
