package org.rujp.bot.digest;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.rujp.bot.config.DigestSettings;
import org.rujp.bot.knowledge.KnowledgeBase;
import org.rujp.bot.knowledge.KnowledgeLoader;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.store.Database;
import org.rujp.bot.store.Frequency;
import org.rujp.bot.store.JdbcSubscriptionStore;
import org.rujp.bot.store.SubscriptionStore;

/**
 * Sends one daily digest to many subscribed chats in a temporary SQLite file through a sender that only
 * records timestamps, and checks that the pace stayed under the limit and that nothing was lost or doubled.
 *
 * <pre>
 * java -cp target/rujp-bot.jar org.rujp.bot.digest.DigestBenchmark [--chats 10000] [--rate 30] [--virtual-time]
 *      [--workers 8] [--knowledge-dir knowledge]
 * </pre>
 * With {@code --virtual-time} the pacer sleeps on a virtual clock (one worker), so 10,000 chats at 30/s
 * (333 s of real sending) take seconds; without it the run takes real time.
 */
public final class DigestBenchmark {
    private DigestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int chats = 10_000;
        double rate = 30;
        int workers = 8;
        boolean virtual = false;
        Path knowledgeDir = Path.of("knowledge");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--chats" -> chats = Integer.parseInt(args[++i]);
                case "--rate" -> rate = Double.parseDouble(args[++i]);
                case "--workers" -> workers = Integer.parseInt(args[++i]);
                case "--virtual-time" -> virtual = true;
                case "--knowledge-dir" -> knowledgeDir = Path.of(args[++i]);
                default -> {
                    System.err.println("usage: DigestBenchmark [--chats N] [--rate PER_SECOND] [--workers N] [--virtual-time]"
                            + " [--knowledge-dir DIR]; unknown argument '" + args[i] + "'");
                    return;
                }
            }
        }
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        KnowledgeBase knowledge = KnowledgeLoader.load(knowledgeDir);
        Path dir = Files.createTempDirectory("digest-bench");
        Path file = dir.resolve("bench.db");
        Instant due = Instant.parse("2026-11-23T06:00:00Z"); // 09:00 in Moscow
        Instant start = due.minus(Duration.ofHours(1));
        DigestSettings settings = new DigestSettings("0 9 * * *", "0 9 * * MON", java.time.ZoneId.of("Europe/Moscow"), 3, rate);

        long[] sentAt = new long[chats + 1];
        AtomicIntegerArray perChat = new AtomicIntegerArray(chats + 1);
        AtomicInteger count = new AtomicInteger();
        try (Database db = Database.open(file)) {
            long t0 = System.nanoTime();
            SubscriptionStore subs = new JdbcSubscriptionStore(db);
            for (int chat = 1; chat <= chats; chat++) {
                subs.subscribe(chat, "private", Frequency.DAILY, Optional.empty(), Lang.EN, start);
            }
            long setupMs = (System.nanoTime() - t0) / 1_000_000;

            Clock clock;
            Sleeper sleeper;
            if (virtual) {
                VirtualTime time = new VirtualTime(due);
                clock = time;
                sleeper = time;
                workers = 1;
            } else {
                clock = Clock.systemUTC();
                sleeper = Sleeper.REAL;
            }
            Clock sendClock = clock;
            DigestSender sender = (chatId, html, buttons) -> {
                Instant now = sendClock.instant();
                sentAt[count.getAndIncrement() % sentAt.length] = now.getEpochSecond() * 1_000_000_000L + now.getNano();
                perChat.incrementAndGet((int) chatId);
                return new SendOutcome.Sent();
            };
            DigestService service = DigestService.on(db, () -> knowledge, settings, sender, clock, sleeper,
                    new DigestDelivery.Options(workers, Duration.ofMinutes(2), 3));

            Instant runAt = virtual ? due : Instant.parse("2026-11-23T06:00:00Z");
            long t1 = System.nanoTime();
            Instant clockStart = clock.instant();
            RunReport report = service.runDue(runAt);
            long runMs = (System.nanoTime() - t1) / 1_000_000;
            Duration paced = Duration.between(clockStart, clock.instant());
            RunReport again = service.runDue(runAt.plusSeconds(60));

            int sends = count.get();
            long[] times = Arrays.copyOf(sentAt, Math.min(sends, sentAt.length));
            Arrays.sort(times);
            int peak = 0;
            for (int i = 0, j = 0; i < times.length; i++) {
                while (j < times.length && times[j] < times[i] + 1_000_000_000L) {
                    j++;
                }
                peak = Math.max(peak, j - i);
            }
            int lost = 0;
            int doubled = 0;
            for (int chat = 1; chat <= chats; chat++) {
                lost += perChat.get(chat) == 0 ? 1 : 0;
                doubled += perChat.get(chat) > 1 ? 1 : 0;
            }
            long peakHeap = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                    peakHeap += pool.getPeakUsage().getUsed();
                }
            }
            System.out.printf("chats %d, rate limit %.1f/s, %s, workers %d%n", chats, rate, virtual ? "virtual time" : "real time", workers);
            System.out.printf("subscribing: %d ms%n", setupMs);
            System.out.printf("run: %s; wall time %d ms; %s time from first to last send %.1f s%n", report, runMs,
                    virtual ? "virtual" : "real", paced.toMillis() / 1000.0);
            System.out.printf("sends %d, busiest 1-second window %d, chats missed %d, chats sent twice %d%n", sends, peak, lost, doubled);
            System.out.printf("second run: %s%n", again);
            System.out.printf("peak heap (sum of pool peaks) %d MB, max heap %d MB, database %d KB%n", peakHeap >> 20,
                    Runtime.getRuntime().maxMemory() >> 20, Files.size(file) >> 10);
        } finally {
            try (var files = Files.list(dir)) {
                files.forEach(p -> p.toFile().delete());
            }
            Files.deleteIfExists(dir);
        }
    }
}
