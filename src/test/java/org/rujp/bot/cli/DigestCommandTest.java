package org.rujp.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.store.Database;
import org.rujp.bot.store.Frequency;
import org.rujp.bot.store.JdbcDeliveryLedger;
import org.rujp.bot.store.JdbcSubscriptionStore;

class DigestCommandTest {
    @TempDir
    Path dataDir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void previewPrintsASubscribedChatsNextDigestInItsLanguageAndRecordsNothing() {
        try (Database db = Database.open(dataDir.resolve("rujp-bot.db"))) {
            new JdbcSubscriptionStore(db).subscribe(77, "private", Frequency.WEEKLY, Optional.empty(), Lang.RU, Instant.now());
        }

        int code = run("digest", "preview", "--chat", "77", "--data-dir", dataDir.toString(), "--knowledge-dir", "knowledge");

        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains("Еженедельный дайджест"), out.toString());
        assertTrue(out.toString().contains("Источник: "), out.toString());
        assertTrue(out.toString().contains("dq:"), "the buttons are listed");
        assertTrue(err.toString().contains("chat 77 is subscribed"), err.toString());
        try (Database db = Database.open(dataDir.resolve("rujp-bot.db"))) {
            assertTrue(new JdbcDeliveryLedger(db).forChat(77).isEmpty(), "a preview is not a delivery");
        }
    }

    @Test
    void statusShowsRecentDigestsByStateAndTheUncertainOnesByPseudonymNeverById() {
        String pseudonym;
        try (Database db = Database.open(dataDir.resolve("rujp-bot.db"))) {
            JdbcDeliveryLedger ledger = new JdbcDeliveryLedger(db);
            Instant now = Instant.now();
            long sent = ledger.plan(987654321, "daily:2026-12-02", java.util.List.of("a"), Lang.EN, now).orElseThrow().id();
            long cutOff = ledger.plan(987654322, "daily:2026-12-02", java.util.List.of("a"), Lang.EN, now).orElseThrow().id();
            ledger.plan(987654323, "daily:2026-12-02", java.util.List.of("a"), Lang.EN, now);
            ledger.markSending(sent, "replica-a pid 1", now);
            ledger.markSent(sent, now, "v1");
            ledger.markSending(cutOff, "replica-a pid 1", now);
            ledger.markUncertain(cutOff, now, "its sender stopped");
            pseudonym = ledger.chatPseudonym(987654322);
        }

        int code = run("digest", "status", "--data-dir", dataDir.toString());

        assertEquals(0, code, err.toString());
        String text = out.toString();
        assertTrue(text.contains("digest            planned  sending  sent  failed  unsubscribed  uncertain"), text);
        assertTrue(text.contains("daily:2026-12-02        1        0     1       0             0          1"), text);
        assertTrue(text.contains("daily:2026-12-02  chat pseudonym " + pseudonym + "  in flight by replica-a pid 1 since "), text);
        assertTrue(!text.contains("987654322"), "never the raw chat id: " + text);
        assertTrue(text.contains("rujp-bot digest status: 1 digest planned since "), text);
        assertTrue(text.contains(", 3 deliveries, 1 uncertain"), text);
    }

    @Test
    void resendUncertainPlansThatDigestsUncertainDeliveriesAgainAndIsSafeToRepeat() {
        long other;
        try (Database db = Database.open(dataDir.resolve("rujp-bot.db"))) {
            JdbcDeliveryLedger ledger = new JdbcDeliveryLedger(db);
            Instant now = Instant.now();
            long today = ledger.plan(41, "daily:2026-12-02", java.util.List.of("a"), Lang.EN, now).orElseThrow().id();
            other = ledger.plan(41, "daily:2026-12-01", java.util.List.of("a"), Lang.EN, now).orElseThrow().id();
            for (long id : new long[] {today, other}) {
                ledger.markSending(id, "replica-a pid 1", now);
                ledger.markUncertain(id, now, "its sender stopped");
            }
        }

        assertEquals(0, run("digest", "resend-uncertain", "--digest", "daily:2026-12-02", "--data-dir", dataDir.toString()));
        assertTrue(out.toString().contains("rujp-bot digest resend-uncertain: 1 uncertain delivery of daily:2026-12-02 planned"
                + " again; the digest sender (serve, or 'digest run-now') sends them at its next run"), out.toString());
        assertEquals(0, run("digest", "resend-uncertain", "--digest", "daily:2026-12-02", "--data-dir", dataDir.toString()));
        assertTrue(out.toString().contains("no uncertain deliveries of daily:2026-12-02"), out.toString());

        try (Database db = Database.open(dataDir.resolve("rujp-bot.db"))) {
            JdbcDeliveryLedger ledger = new JdbcDeliveryLedger(db);
            org.rujp.bot.store.Delivery planned = ledger.unfinished().get(0);
            assertEquals("daily:2026-12-02", planned.digestKey());
            assertEquals(0, planned.attempts(), "the operator's resend counts its attempts afresh");
            assertEquals(java.util.List.of(other), ledger.uncertain().stream().map(org.rujp.bot.store.Delivery::id).toList(),
                    "another digest's uncertain delivery is left alone");
        }
    }

    @Test
    void resendUncertainNeedsTheDigest() {
        assertEquals(Main.EXIT_USAGE, run("digest", "resend-uncertain", "--data-dir", dataDir.toString()));
        assertTrue(err.toString().contains("--digest"), err.toString());
    }

    @Test
    void previewNeedsAChatId() {
        assertEquals(Main.EXIT_USAGE, run("digest", "preview", "--data-dir", dataDir.toString()));
        assertTrue(err.toString().contains("--chat"), err.toString());
    }

    @Test
    void runNowWithoutATokenSaysSoAndSendsNothing() {
        assumeTrue(System.getenv("TELEGRAM_BOT_TOKEN") == null, "the environment provides a token");

        int code = run("digest", "run-now", "--data-dir", dataDir.toString(), "--knowledge-dir", "knowledge");

        assertEquals(Main.EXIT_INPUT, code);
        assertTrue(err.toString().contains("TELEGRAM_BOT_TOKEN is not set"), err.toString());
    }

    @Test
    void runNowOnADamagedStoreExitsWith3AndTheMessageAskGives() throws Exception {
        Path file = dataDir.resolve("rujp-bot.db");
        try (Database db = Database.open(file)) {
            new JdbcSubscriptionStore(db).subscribe(77, "private", Frequency.DAILY, Optional.empty(), Lang.EN, Instant.now());
        }
        byte[] bytes = java.nio.file.Files.readAllBytes(file);
        for (int i = 4096; i < bytes.length; i += 7) {
            bytes[i] = 0x5a;
        }
        java.nio.file.Files.write(file, bytes);

        ProcessBuilder b = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")), "org.rujp.bot.cli.Main",
                "digest", "run-now", "--data-dir", dataDir.toString(), "--knowledge-dir", "knowledge");
        b.environment().keySet().removeIf(k -> k.startsWith("RUJP_") || k.startsWith("TELEGRAM_"));
        b.environment().put("TELEGRAM_BOT_TOKEN", "123456789:AAFake-token_for_tests_only_0123456789xyz");
        b.environment().put("TELEGRAM_API_URL", "http://127.0.0.1:9");
        Process p = b.start();
        String stdout = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        String stderr = new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

        assertEquals(Main.EXIT_INPUT, p.waitFor(), stdout + stderr);
        assertTrue(stderr.contains("rujp-bot digest run-now: " + file + ": is not a valid SQLite database or is corrupt"), stderr);
        assertTrue(stderr.contains("move it aside to start a new one"), stderr);
        assertTrue(!stdout.contains("sent"), stdout);
    }
}
