package org.rujp.bot.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.rujp.bot.App;
import org.rujp.bot.answer.Answer;
import org.rujp.bot.answer.AnswerText;
import org.rujp.bot.answer.Question;
import org.rujp.bot.config.Settings;
import org.rujp.bot.config.SettingsLoader;
import org.rujp.bot.store.Database;
import org.rujp.bot.store.JdbcConversationLog;
import org.rujp.bot.store.Turn;

/**
 * What logging adds to an answer, and the {@code eval --from-log} path at scale:
 * <ol>
 *   <li>p50/p95 of answering a gold question alone versus answering it and recording the turn
 *       (alternating, 600 of each, after a warm-up);</li>
 *   <li>10,000 turns (the gold questions' real answers, cycled) written to a fresh log, then replayed
 *       through the pipeline with {@link LogReplay}, which must find them unchanged.</li>
 * </ol>
 * Run with {@code java -cp target/classes:$(cat cp.txt) org.rujp.bot.eval.LogReplayBenchmark [DATA_DIR]}
 * (the data directory holds the index cache; {@code ./data} by default). The log goes to a temporary file.
 */
public final class LogReplayBenchmark {
    private static final int PAIRS = 600;
    private static final int TURNS = 10_000;

    private LogReplayBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Settings settings = SettingsLoader.load(SettingsLoader.DEFAULT_CONFIG, true, Map.of())
                .withDataDir(Path.of(args.length > 0 ? args[0] : "data"));
        App app = App.start(settings);
        List<GoldQuestion> gold = GoldSet.load(settings.knowledgeDir().resolve("eval"), app.knowledge());
        String indexVersion = app.index().index().key();
        Path file = Files.createTempDirectory("rujp-replay-bench").resolve("bench.db");
        try (Database db = Database.open(file)) {
            JdbcConversationLog log = new JdbcConversationLog(db, true);
            for (int i = 0; i < 50; i++) { // warm-up of both paths
                answerAndRecord(app, log, gold.get(i % gold.size()).question(), indexVersion);
            }
            double[] alone = new double[PAIRS];
            double[] logged = new double[PAIRS];
            for (int i = 0; i < PAIRS; i++) {
                String q = gold.get(i % gold.size()).question();
                long start = System.nanoTime();
                app.answerer().answer(Question.of(q));
                alone[i] = (System.nanoTime() - start) / 1e6;
                start = System.nanoTime();
                answerAndRecord(app, log, q, indexVersion);
                logged[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(alone);
            Arrays.sort(logged);
            System.out.printf(Locale.ROOT, "answer alone:        p50 %.3f ms, p95 %.3f ms (%d answers)%n",
                    Metrics.percentile(alone, 50), Metrics.percentile(alone, 95), PAIRS);
            System.out.printf(Locale.ROOT, "answer + log.record: p50 %.3f ms, p95 %.3f ms; logging adds %.3f ms at p50%n",
                    Metrics.percentile(logged, 50), Metrics.percentile(logged, 95),
                    Metrics.percentile(logged, 50) - Metrics.percentile(alone, 50));
        }
        Files.delete(file);
        Files.deleteIfExists(Path.of(file + "-wal"));
        Files.deleteIfExists(Path.of(file + "-shm"));
        try (Database db = Database.open(file)) {
            JdbcConversationLog log = new JdbcConversationLog(db, true);
            List<Answer> answers = new ArrayList<>();
            gold.forEach(q -> answers.add(app.answerer().answer(Question.of(q.question()))));
            long start = System.nanoTime();
            for (int i = 0; i < TURNS; i++) {
                Answer a = answers.get(i % answers.size());
                log.record(new Turn(Instant.now(), "telegram", "-100" + (i % 50), Integer.toString(i % 500), "group", a,
                        AnswerText.plain(a), indexVersion, 5_000_000L));
            }
            double writeS = (System.nanoTime() - start) / 1e9;
            LogReplay.Report r = new LogReplay(log, app.answerer()).replay(Optional.empty(), 10);
            System.out.printf(Locale.ROOT, "wrote %d turns in %.1f s; replayed %d in %.1f s (%.2f ms per turn): %d unchanged, %d changed%n",
                    TURNS, writeS, r.replayed(), r.replayNanos() / 1e9, r.replayNanos() / 1e6 / Math.max(1, r.replayed()),
                    r.unchanged(), r.changes().size());
            System.out.print(LogReplay.render(r, 5));
        }
    }

    private static void answerAndRecord(App app, JdbcConversationLog log, String question, String indexVersion) {
        Instant time = Instant.now();
        long start = System.nanoTime();
        Answer a = app.answerer().answer(Question.of(question));
        String text = AnswerText.plain(a);
        log.record(new Turn(time, "cli", "bench", "bench", "console", a, text, indexVersion, System.nanoTime() - start));
    }
}
