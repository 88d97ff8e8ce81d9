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
 * Arguments: users (100), questions per user (3), answer workers (4, as {@code telegram.workers}), {@code compare} or
 * {@code inbox}, arrival ({@code think:5}), and {@code cache} to turn the question cache on. Every turn is logged to the
 * SQLite store as serve logs it. {@code compare} measures two set-ups side by side in one JVM, alternating, twice each:
 * before (4 workers, each writing its turn before sending, the inbox one transaction per update and step) and after
 * (serve now: a worker per core, turns written in batches off the workers, the inbox batched), and prints the ratios.
 * {@code inbox} compares the inbox alone the same way: a worker per core and the log queued in both, the inbox one
 * transaction per update and step as before (each update stored, claimed by its worker, marked done by it, its turn
 * noted on it apart) against batched (a getUpdates reply stored and its ready updates claimed in one transaction,
 * completions written in batches off the workers, turns noted in the log's batch). Each run also reports the store's transactions per update (every commit: inbox, log, ids reserved).
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
        boolean inboxOnly = args.length > 2 && args[2].equals("inbox");
        boolean compare = args.length > 2 && (args[2].equals("compare") || inboxOnly);
        int workers = args.length > 2 && !compare ? Integer.parseInt(args[2]) : 4;
        String arrival = args.length > 3 ? args[3] : "think:5";
        boolean cache = args.length > 4 && args[4].equals("cache");
        Path dataDir = Files.createTempDirectory("rujp-load");
        App app = BotHarness.app(dataDir,
                s -> s.withRetrieval(s.retrieval().withQuestionCache(cache ? s.retrieval().questionCache() : 0)));
        List<String> questions = GoldSet.load(Path.of("knowledge/eval"), app.knowledge()).stream().map(GoldQuestion::question).toList();
        String described = arrival + (cache ? ", question cache on" : ", question cache off");
        {
            if (!compare) {
                Result r = measure(app, questions, new Setup(workers + " workers, log on the worker", workers, false, false),
                        users, perUser, arrival, true);
                r.print(users, perUser, described);
                return;
            }
            // Side by side in one JVM, alternating, each after the same warm-up: the set-up before (4 workers, each
            // writing its turn to SQLite before it sends) and serve's now (a worker per core, turns written in batches).
            int perCore = TelegramSettings.DEFAULT_WORKERS;
            Setup before = inboxOnly
                    ? new Setup("before: " + perCore + " workers, log queued, inbox one transaction per update and step", perCore, true, false)
                    : new Setup("before: 4 workers, log on the worker", 4, false, false);
            Setup after = inboxOnly
                    ? new Setup("after: " + perCore + " workers, log queued, inbox batched", perCore, true, true)
                    : new Setup("after: " + perCore + " workers (one per core), log queued, inbox batched", perCore, true, true);
            List<Result> befores = new ArrayList<>();
            List<Result> afters = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                befores.add(measure(app, questions, before, users, perUser, arrival, round == 0));
                afters.add(measure(app, questions, after, users, perUser, arrival, false));
            }
            System.out.printf(Locale.ROOT, "LoadBenchmark side by side: %d users x %d questions, %s, %d cores, load average %s%n",
                    users, perUser, described, Runtime.getRuntime().availableProcessors(), loadAverage());
            for (int round = 0; round < 2; round++) {
                befores.get(round).print(users, perUser, described);
                afters.get(round).print(users, perUser, described);
            }
            Result b = Result.pooled(before, befores);
            Result a = Result.pooled(after, afters);
            System.out.printf(Locale.ROOT, "  after / before, both rounds pooled: updates/s %.2fx (%.1f -> %.1f), p95 %.2fx (%d -> %d ms), p50 %.2fx (%d -> %d ms), store transactions per update %.2f -> %.2f%n",
                    a.perSecond() / b.perSecond(), b.perSecond(), a.perSecond(), (double) a.p95() / b.p95(), b.p95(), a.p95(),
                    (double) a.p50() / b.p50(), b.p50(), a.p50(), b.commitsPerUpdate(), a.commitsPerUpdate());
        }
    }

    /**
     * How the bot is set up: answer workers, whether turns are logged on the worker or queued, and whether the inbox
     * batches (or stores, claims and finishes each update in transactions of its own).
     */
    record Setup(String name, int workers, boolean queuedLog, boolean batchedInbox) {
    }

    /**
     * One measurement: the answers' latencies, the elapsed time, the busiest second, the store's commits while it ran
     * and the load average at its end.
     */
    record Result(Setup setup, long[] sortedLatencies, long elapsedNanos, int busiest, long commits, String load) {
        double perSecond() {
            return sortedLatencies.length / (elapsedNanos / 1e9);
        }

        double commitsPerUpdate() {
            return (double) commits / sortedLatencies.length;
        }

        long p50() {
            return pct(sortedLatencies, 50);
        }

        long p95() {
            return pct(sortedLatencies, 95);
        }

        static Result pooled(Setup setup, List<Result> results) {
            long[] all = results.stream().flatMapToLong(r -> java.util.Arrays.stream(r.sortedLatencies())).sorted().toArray();
            return new Result(setup, all, results.stream().mapToLong(Result::elapsedNanos).sum(),
                    results.stream().mapToInt(Result::busiest).max().orElse(0), results.stream().mapToLong(Result::commits).sum(), "");
        }

        void print(int users, int perUser, String arrival) {
            System.out.printf(Locale.ROOT, "LoadBenchmark: %d users x %d questions = %d, %s, %d cores, arrival %s%n",
                    users, perUser, users * perUser, setup.name(), Runtime.getRuntime().availableProcessors(), arrival);
            System.out.printf(Locale.ROOT, "  throughput: %.1f updates handled per second on average (%.2f s in all), %d in the busiest second%n",
                    perSecond(), elapsedNanos / 1e9, busiest);
            System.out.printf(Locale.ROOT, "  latency (update queued -> sendMessage received): p50 %d ms, p95 %d ms, p99 %d ms, max %d ms%n",
                    p50(), p95(), pct(sortedLatencies, 99), sortedLatencies[sortedLatencies.length - 1] / 1_000_000);
            System.out.printf(Locale.ROOT, "  store transactions: %d, %.2f per update; load average at the end: %s%n",
                    commits, commitsPerUpdate(), load);
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    /** Starts the bot as {@code setup} says, warms it up when asked, runs the arrival model and checks every answer arrived once. */
    private static Result measure(App app, List<String> questions, Setup setup, int users,
                                  int perUser, String arrival, boolean warm) throws Exception {
        // The store serve uses, new for each run: every update is stored, claimed and finished in SQLite, every turn logged there.
        try (FakeBotApiServer api = new FakeBotApiServer();
             org.rujp.bot.store.Store store = org.rujp.bot.store.Store.open(app.settings().withDataDir(Files.createTempDirectory("rujp-load-store")))) {
            TelegramSettings tg = new TelegramSettings(Optional.of(FakeBotApiServer.TOKEN), api.baseUrl(), TelegramSettings.Mode.POLLING,
                    8443, "/telegram/webhook", Optional.empty(), setup.workers(), Duration.ofSeconds(60), 1_000_000);
            org.rujp.bot.store.ConversationLog turns = setup.batchedInbox() ? store.log() : new NoteApart(store.log());
            org.rujp.bot.store.QueuedConversationLog queued = setup.queuedLog()
                    ? new org.rujp.bot.store.QueuedConversationLog(turns, 1024, 64) : null;
            org.rujp.bot.store.QueuedInbox batched = setup.batchedInbox()
                    ? new org.rujp.bot.store.QueuedInbox(store.inbox(), org.rujp.bot.store.QueuedInbox.DEFAULT_BATCH) : null;
            org.rujp.bot.store.UpdateInbox inbox = batched != null ? batched : new OneByOneInbox(store.inbox());
            try (BotHarness h = BotHarness.start(app, api, inbox, tg, app.answerer(), queued != null ? queued : turns)) {
                if (batched != null) {
                    batched.holdWhile(() -> h.bot.handler().backlog() > 0); // as serve does
                }
                if (warm) {
                    warmUp(h, questions);
                }
                LoadBenchmark run = new LoadBenchmark(h, questions, users);
                if (batched != null) {
                    batched.flush(Duration.ofSeconds(30)); // the warm-up's writes are not the run's
                }
                if (queued != null) {
                    queued.flush(Duration.ofSeconds(30));
                }
                long commitsBefore = store.database().commits();
                long[] finishedBefore = batched != null ? batched.writtenInBatches() : new long[2];
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
                h.stopBot();
                if (batched != null) {
                    batched.close();
                }
                if (queued != null) {
                    queued.close();
                }
                long commits = store.database().commits() - commitsBefore; // everything the run wrote, written now
                if (batched != null) {
                    long[] finished = batched.writtenInBatches();
                    System.out.printf(Locale.ROOT, "  (%s: %d completions written in %d transactions)%n", setup.name(),
                            finished[0] - finishedBefore[0], finished[1] - finishedBefore[1]);
                }
                Thread.sleep(500);
                return run.result(setup, users, perUser, elapsed, commits);
            } finally {
                if (batched != null) {
                    batched.close();
                }
                if (queued != null) {
                    queued.close();
                }
            }
        }
    }

    /**
     * The log as it was before batching: a turn written for an update is noted on it afterwards, in a transaction of
     * its own (a queued turn always; a turn written on the worker once more, after the note in its own transaction).
     */
    private static final class NoteApart implements org.rujp.bot.store.ConversationLog {
        private final org.rujp.bot.store.ConversationLog log;

        NoteApart(org.rujp.bot.store.ConversationLog log) {
            this.log = log;
        }

        @Override
        public long record(org.rujp.bot.store.Turn turn) {
            return log.record(turn);
        }

        @Override
        public long recordForUpdate(org.rujp.bot.store.Turn turn, long updateId) {
            return log.recordForUpdate(turn, updateId);
        }

        @Override
        public java.util.OptionalLong reserveIds(int n) {
            return log.reserveIds(n);
        }

        @Override
        public void recordAll(List<Numbered> turns) {
            log.recordAll(turns);
        }

        @Override
        public void feedback(long turnId, boolean helpful, java.time.Instant at) {
            log.feedback(turnId, helpful, at);
        }

        @Override
        public boolean feedback(long turnId, String userId, boolean helpful, java.time.Instant at) {
            return log.feedback(turnId, userId, helpful, at);
        }

        @Override
        public Vote vote(long turnId, String channel, String chatId, String userId, boolean helpful, java.time.Instant at) {
            return log.vote(turnId, channel, chatId, userId, helpful, at);
        }

        @Override
        public int forget(String channel, String userId) {
            return log.forget(channel, userId);
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

    private Result result(Setup setup, int users, int perUser, long elapsedNanos, long commits) {
        int duplicates = answered.stream().mapToInt(BlockingQueue::size).sum();
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        if (lost.get() > 0 || duplicates > 0 || sorted.length != users * perUser) {
            throw new IllegalStateException(setup.name() + ": " + lost.get() + " answers lost, " + duplicates + " duplicated");
        }
        return new Result(setup, sorted, elapsedNanos, busiestSecond(), commits, loadAverage());
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
