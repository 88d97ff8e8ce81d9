package org.rujp.bot.telegram;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.rujp.bot.App;
import org.rujp.bot.config.TelegramSettings;
import org.rujp.bot.eval.GoldQuestion;
import org.rujp.bot.eval.GoldSet;

/**
 * Load benchmark: {@code users} simulated users ask {@code questions} questions each through the loopback
 * Bot API. Reports updates handled per second, the answer latency (from the update being queued at the
 * server to its sendMessage arriving there) and checks that every question got exactly one answer. The
 * rate limit is set out of reach, so no latency includes a deliberate wait. Questions are the gold set's,
 * all different, in English, Russian and Japanese. The question cache is off unless asked for, so every
 * answer pays for its embedding. The bot first answers every question once as other users (lower-cased,
 * so the question cache, when on, holds none of the English questions asked next), so the numbers are
 * those of a warmed-up JVM.
 *
 * <p>Arrival models:
 * <ul>
 *   <li>{@code think:S}: concurrent users in conversation. Each user asks, waits for the answer, reads and
 *       types for a random time (exponential, mean S seconds), then asks again. Users start at random
 *       moments within the first S seconds.</li>
 *   <li>{@code rate:R}: questions arrive one after another at R per second, whatever the answers do.</li>
 *   <li>{@code burst}: every user sends a question at the same moment; the next round starts when all
 *       are answered. The worst case: it measures how fast a backlog drains.</li>
 * </ul>
 *
 * <pre>mvn -q -B test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.rujp.bot.telegram.LoadBenchmark -Dexec.args="100 5 4 think:5"</pre>
 * Arguments: users (100), questions per user (3), answer workers (4, as {@code telegram.workers}), arrival ({@code think:5}), and
 * {@code cache} to turn the question cache on.
 */
public final class LoadBenchmark {
    private static final long FIRST_USER = 100_000;
    private static final Duration ANSWER_TIMEOUT = Duration.ofMinutes(2);

    private final BotHarness bot;
    private final List<String> questions;
    private final List<BlockingQueue<Long>> answered = new ArrayList<>();
    private final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> answeredAt = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger lost = new AtomicInteger();

    private LoadBenchmark(BotHarness bot, List<String> questions, int users) {
        this.bot = bot;
        this.questions = questions;
        for (int u = 0; u < users; u++) {
            answered.add(new LinkedBlockingQueue<>());
        }
        bot.api.onCall(call -> {
            int user = (int) (call.chatId() - FIRST_USER);
            if (call.method().equals("sendmessage") && call.status() == 200 && user >= 0 && user < users) {
                answered.get(user).add(call.atNanos());
            }
        });
    }

    public static void main(String[] args) throws Exception {
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int perUser = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int workers = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        String arrival = args.length > 3 ? args[3] : "think:5";
        boolean cache = args.length > 4 && args[4].equals("cache");
        Path dataDir = Files.createTempDirectory("rujp-load");
        App app = BotHarness.app(dataDir,
                s -> s.withRetrieval(s.retrieval().withQuestionCache(cache ? s.retrieval().questionCache() : 0)));
        List<String> questions = GoldSet.load(Path.of("knowledge/eval"), app.knowledge()).stream().map(GoldQuestion::question).toList();
        try (FakeBotApiServer api = new FakeBotApiServer()) {
            TelegramSettings tg = new TelegramSettings(Optional.of(FakeBotApiServer.TOKEN), api.baseUrl(), TelegramSettings.Mode.POLLING,
                    8443, "/telegram/webhook", Optional.empty(), workers, Duration.ofSeconds(60), 1_000_000);
            // The inbox serve uses: every update is stored, claimed and finished in SQLite.
            try (org.rujp.bot.store.Store store = org.rujp.bot.store.Store.open(app.settings());
                 BotHarness h = BotHarness.start(app, api, store.inbox(), tg, app.answerer())) {
                warmUp(h, questions);
                LoadBenchmark run = new LoadBenchmark(h, questions, users);
                long start = System.nanoTime();
                if (arrival.equals("burst") || arrival.equals("0")) {
                    run.bursts(users, perUser);
                } else if (arrival.startsWith("rate:")) {
                    run.paced(users, perUser, Double.parseDouble(arrival.substring(5)));
                } else if (arrival.startsWith("think:")) {
                    run.conversations(users, perUser, Double.parseDouble(arrival.substring(6)));
                } else {
                    throw new IllegalArgumentException("arrival must be burst, rate:R or think:S, not " + arrival);
                }
                long elapsed = System.nanoTime() - start;
                h.awaitIdle();
                Thread.sleep(500);
                run.report(users, perUser, workers, arrival + (cache ? ", question cache on" : ", question cache off"), elapsed);
            }
        }
    }

    /** Every user sends at once; the next round starts when the round is answered. */
    private void bursts(int users, int perUser) {
        for (int r = 0; r < perUser; r++) {
            long queued = System.nanoTime();
            var batch = new com.fasterxml.jackson.databind.node.ObjectNode[users];
            for (int u = 0; u < users; u++) {
                batch[u] = Updates.privateText(FIRST_USER + u, question(r, u, users));
            }
            bot.api.enqueueAll(batch);
            for (int u = 0; u < users; u++) {
                awaitAnswer(u, queued);
            }
        }
    }

    /** One question every 1/rate seconds, round-robin over the users, without waiting for answers. */
    private void paced(int users, int perUser, double rate) throws InterruptedException {
        long start = System.nanoTime();
        List<List<Long>> queuedAt = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            queuedAt.add(new ArrayList<>());
        }
        for (int i = 0; i < users * perUser; i++) {
            long due = start + (long) (i * 1e9 / rate);
            while (System.nanoTime() < due) {
                Thread.sleep(1);
            }
            int u = i % users;
            queuedAt.get(u).add(System.nanoTime());
            bot.api.enqueue(Updates.privateText(FIRST_USER + u, question(i / users, u, users)));
        }
        for (int u = 0; u < users; u++) {
            for (long queued : queuedAt.get(u)) {
                awaitAnswer(u, queued);
            }
        }
    }

    /** Each user on a thread of its own: ask, wait for the answer, think, ask again. */
    private void conversations(int users, int perUser, double thinkSeconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(users);
        List<Future<?>> all = new ArrayList<>();
        // One seeded stream split per user: Randoms seeded 0, 1, 2... start almost alike and would send together.
        SplittableRandom seeds = new SplittableRandom(20261123);
        for (int u = 0; u < users; u++) {
            int user = u;
            SplittableRandom random = seeds.split();
            all.add(pool.submit(() -> {
                sleepSeconds(random.nextDouble() * thinkSeconds);
                for (int r = 0; r < perUser; r++) {
                    long queued = System.nanoTime();
                    bot.api.enqueue(Updates.privateText(FIRST_USER + user, question(r, user, users)));
                    awaitAnswer(user, queued);
                    if (r < perUser - 1) {
                        sleepSeconds(-Math.log(1 - random.nextDouble()) * thinkSeconds);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : all) {
            f.get();
        }
        pool.shutdown();
    }

    private String question(int round, int user, int users) {
        return questions.get((round * users + user) % questions.size());
    }

    private void awaitAnswer(int user, long queuedNanos) {
        try {
            Long at = answered.get(user).poll(ANSWER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if (at == null) {
                lost.incrementAndGet();
            } else {
                latencies.add(at - queuedNanos);
                answeredAt.add(at);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            lost.incrementAndGet();
        }
    }

    private static void sleepSeconds(double seconds) {
        try {
            Thread.sleep((long) (seconds * 1000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void report(int users, int perUser, int workers, String arrival, long elapsedNanos) {
        int duplicates = answered.stream().mapToInt(BlockingQueue::size).sum();
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        int total = users * perUser;
        System.out.printf(Locale.ROOT, "LoadBenchmark: %d users x %d questions = %d, %d answer workers, %d cores, arrival %s%n",
                users, perUser, total, workers, Runtime.getRuntime().availableProcessors(), arrival);
        System.out.printf(Locale.ROOT, "  throughput: %.1f updates handled per second on average (%.2f s in all), %d in the busiest second%n",
                total / (elapsedNanos / 1e9), elapsedNanos / 1e9, busiestSecond());
        if (sorted.length > 0) {
            System.out.printf(Locale.ROOT, "  latency (update queued -> sendMessage received): p50 %d ms, p95 %d ms, p99 %d ms, max %d ms%n",
                    pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted[sorted.length - 1] / 1_000_000);
        }
        System.out.printf(Locale.ROOT, "  answers: %d delivered, %d lost, %d duplicated%n", sorted.length, lost.get(), duplicates);
        if (lost.get() > 0 || duplicates > 0) {
            throw new IllegalStateException("lost or duplicated answers");
        }
    }

    /** The most answers delivered within any one second (a sliding window). */
    private int busiestSecond() {
        long[] at = answeredAt.stream().mapToLong(Long::longValue).sorted().toArray();
        int best = 0;
        for (int i = 0, j = 0; i < at.length; i++) {
            while (at[i] - at[j] >= 1_000_000_000L) {
                j++;
            }
            best = Math.max(best, i - j + 1);
        }
        return best;
    }

    /** Sends every question once through the bot (as other users), so the measurement sees a warmed-up JVM. */
    private static void warmUp(BotHarness h, List<String> questions) {
        for (int i = 0; i < questions.size(); i++) {
            h.api.enqueue(Updates.privateText(1 + i % 50, questions.get(i).toLowerCase(Locale.ROOT)));
            if (i % 50 == 49 || i == questions.size() - 1) {
                h.api.await(c -> c.method().equals("sendmessage") && c.status() == 200, i + 1, Duration.ofMinutes(5));
            }
        }
        h.awaitIdle();
    }

    private static long pct(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1_000_000;
    }
}
