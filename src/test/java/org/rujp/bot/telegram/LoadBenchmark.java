package org.rujp.bot.telegram;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.rujp.bot.App;
import org.rujp.bot.config.TelegramSettings;
import org.rujp.bot.telegram.FakeBotApiServer.Call;

/**
 * Load benchmark: {@code users} simulated users send questions through the loopback Bot API, for
 * {@code rounds} rounds; reports updates handled per second and the answer latency (from the update being
 * queued at the server to its sendMessage arriving there), and checks that every question got exactly one
 * answer. The rate limit is set out of reach so it never waits. Questions are the gold set's, all
 * different, in English, Russian and Japanese, so no cache can help.
 *
 * <p>With rate 0 every user of a round sends at the same moment (a burst); with a rate, questions arrive
 * one after another at that many per second (users thinking between questions).
 *
 * <pre>mvn -q -B test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.rujp.bot.telegram.LoadBenchmark -Dexec.args="100 3 4 0"</pre>
 * Arguments: users (100), rounds (3), answer workers (4), arrival rate per second (0 = bursts).
 */
public final class LoadBenchmark {
    private static List<String> questions = List.of("When was the Year of Interregional Exchanges extended?");

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int workers = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        double rate = args.length > 3 ? Double.parseDouble(args[3]) : 0;
        Path dataDir = Files.createTempDirectory("rujp-load");
        App app = BotHarness.app(dataDir);
        questions = org.rujp.bot.eval.GoldSet.load(Path.of("knowledge/eval"), app.knowledge()).stream()
                .map(org.rujp.bot.eval.GoldQuestion::question).toList();
        try (FakeBotApiServer api = new FakeBotApiServer()) {
            TelegramSettings tg = new TelegramSettings(Optional.of(FakeBotApiServer.TOKEN), api.baseUrl(), TelegramSettings.Mode.POLLING,
                    8443, "/telegram/webhook", Optional.empty(), workers, Duration.ofSeconds(60), 1_000_000);
            try (BotHarness h = BotHarness.start(app, api, new InMemoryUpdateLedger(), tg, app.answerer())) {
                warmUp(h);
                int base = api.calls("sendMessage").size();
                Map<Long, List<Long>> queuedAt = new HashMap<>();
                long start = System.nanoTime();
                for (int r = 0; r < rounds; r++) {
                    var batch = new com.fasterxml.jackson.databind.node.ObjectNode[users];
                    for (int u = 0; u < users; u++) {
                        batch[u] = Updates.privateText(userId(u), questions.get((r * users + u) % questions.size()));
                    }
                    if (rate <= 0) {
                        long t = System.nanoTime();
                        api.enqueueAll(batch);
                        for (int u = 0; u < users; u++) {
                            queuedAt.computeIfAbsent(userId(u), k -> new ArrayList<>()).add(t);
                        }
                    } else {
                        for (int u = 0; u < users; u++) {
                            long due = start + (long) ((r * users + u) * 1e9 / rate);
                            while (System.nanoTime() < due) {
                                Thread.sleep(1);
                            }
                            queuedAt.computeIfAbsent(userId(u), k -> new ArrayList<>()).add(System.nanoTime());
                            api.enqueueAll(batch[u]);
                        }
                    }
                    api.await(c -> c.method().equals("sendmessage") && c.status() == 200 && c.chatId() >= userId(0),
                            (r + 1) * users, Duration.ofMinutes(10));
                }
                long elapsed = System.nanoTime() - start;
                h.awaitIdle();

                List<Long> latencies = new ArrayList<>();
                int duplicates = 0;
                int lost = 0;
                for (int u = 0; u < users; u++) {
                    List<Call> got = api.delivered(userId(u));
                    List<Long> queued = queuedAt.get(userId(u));
                    duplicates += Math.max(0, got.size() - queued.size());
                    lost += Math.max(0, queued.size() - got.size());
                    for (int i = 0; i < Math.min(got.size(), queued.size()); i++) {
                        latencies.add(got.get(i).atNanos() - queued.get(i));
                    }
                }
                long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
                int total = users * rounds;
                System.out.printf(Locale.ROOT, "LoadBenchmark: %d users x %d rounds = %d questions, %d answer workers, %d cores, %s%n",
                        users, rounds, total, workers, Runtime.getRuntime().availableProcessors(),
                        rate <= 0 ? "each round sent at once" : "arriving at " + rate + " per second");
                System.out.printf(Locale.ROOT, "  throughput: %.1f updates handled per second (%.2f s in all)%n",
                        total / (elapsed / 1e9), elapsed / 1e9);
                System.out.printf(Locale.ROOT, "  latency (update queued -> sendMessage received): p50 %d ms, p95 %d ms, p99 %d ms, max %d ms%n",
                        pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted[sorted.length - 1] / 1_000_000);
                System.out.printf(Locale.ROOT, "  answers: %d delivered, %d lost, %d duplicated, %d sendMessage calls in all%n",
                        latencies.size(), lost, duplicates, api.calls("sendMessage").size() - base);
                if (lost > 0 || duplicates > 0) {
                    throw new IllegalStateException("lost or duplicated answers");
                }
            }
        }
    }

    private static void warmUp(BotHarness h) {
        h.api.enqueue(Updates.privateText(1, questions.get(0)));
        h.api.awaitDelivered(1, 1);
    }

    private static long userId(int u) {
        return 100_000 + u;
    }

    private static long pct(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1_000_000;
    }
}
