package org.rujp.bot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrashSafetyTest {
    private static final int COMMITS_BEFORE_KILL = 300;

    @TempDir
    Path dir;

    @Test
    void everyTurnReportedCommittedSurvivesAKillAndTheFileStaysIntact() throws Exception {
        Path file = dir.resolve("crash.db");
        Path childErr = dir.resolve("child.err");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashChild.class.getName(), file.toString())
                .redirectError(childErr.toFile())
                .start();
        Set<Long> committed = new HashSet<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null && committed.size() < COMMITS_BEFORE_KILL; line = out.readLine()) {
                if (line.endsWith(";")) {
                    committed.add(Long.parseLong(line.substring(0, line.length() - 1)));
                }
            }
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child did not die");
        } finally {
            child.destroyForcibly();
        }
        assertEquals(COMMITS_BEFORE_KILL, committed.size(), () -> "the child stopped early: " + read(childErr));
        assertTrue(child.exitValue() != 0, "killed, not finished");

        try (Database db = Database.open(file)) {
            try (Statement s = db.connection().createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertEquals("ok", rs.getString(1));
            }
            List<LoggedTurn> turns = new JdbcConversationLog(db, true).turns(Optional.empty());
            Set<Long> present = turns.stream().map(LoggedTurn::id).collect(Collectors.toSet());
            assertTrue(present.containsAll(committed), "lost committed turns");
            assertTrue(turns.stream().allMatch(t -> t.facts().size() == 3), "a turn without its facts");
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return "(no stderr)";
        }
    }
}
