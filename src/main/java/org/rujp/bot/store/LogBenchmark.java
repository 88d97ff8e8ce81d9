package org.rujp.bot.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.rujp.bot.answer.Answer;
import org.rujp.bot.answer.Statement;
import org.rujp.bot.knowledge.Fact;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.knowledge.Source;
import org.rujp.bot.retrieval.ScoredFact;

/**
 * Measures what logging costs per turn: p50/p95/max of {@code record()} over 10,000 turns (each with ten
 * retrieved facts, two stated), then the time to read all of them back. Run with
 * {@code java -cp target/classes:$(cat cp.txt) org.rujp.bot.store.LogBenchmark [FILE]}; a temporary file by default.
 */
public final class LogBenchmark {
    private static final int TURNS = 10_000;
    private static final int WARM_UP = 500;

    private LogBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("rujp-log-bench").resolve("bench.db");
        Source source = new Source("bench-source", "TASS", "Benchmark article", LocalDate.of(2020, 1, 1), "", "", "", Source.Origin.CURATED);
        List<ScoredFact> retrieved = new java.util.ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            Fact fact = new Fact("bench-fact-" + i, source.id(), Map.of(Lang.EN, "Benchmark statement number " + i + "."),
                    Optional.empty(), List.of(), List.of(), Fact.Kind.FACT);
            retrieved.add(new ScoredFact(fact, 0.9 - i * 0.01, i));
        }
        List<Statement> statements = retrieved.subList(0, 2).stream()
                .map(f -> new Statement(f.fact(), f.fact().text(), source, f.score())).toList();
        Map<String, Long> stages = Map.of("resolve", 10_000L, "retrieve", 5_000_000L, "decide", 50_000L, "compose", 80_000L);

        long[] nanos = new long[TURNS];
        Path warmUpFile = Files.createTempFile("rujp-log-bench-warm-up", ".db");
        Files.delete(warmUpFile);
        try (Database warmUp = Database.open(warmUpFile)) {
            record(new JdbcConversationLog(warmUp, true), WARM_UP, new long[WARM_UP], statements, retrieved, stages);
        } finally {
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.deleteIfExists(Path.of(warmUpFile + suffix));
            }
        }
        try (Database db = Database.open(file)) {
            JdbcConversationLog log = new JdbcConversationLog(db, true);
            record(log, TURNS, nanos, statements, retrieved, stages);
            long readStart = System.nanoTime();
            List<LoggedTurn> all = log.turns(Optional.empty());
            long readNanos = System.nanoTime() - readStart;

            Arrays.sort(nanos);
            System.out.printf(Locale.ROOT, "record(): %d turns (after %d warm-up turns in another file), p50 %.3f ms, p95 %.3f ms, p99 %.3f ms, max %.3f ms%n",
                    TURNS, WARM_UP, ms(nanos[TURNS / 2]), ms(nanos[TURNS * 95 / 100]), ms(nanos[TURNS * 99 / 100]), ms(nanos[TURNS - 1]));
            System.out.printf(Locale.ROOT, "turns(): read %d turns with %d facts in %.1f ms%n",
                    all.size(), all.stream().mapToInt(t -> t.facts().size()).sum(), ms(readNanos));
            System.out.printf(Locale.ROOT, "file: %s, %.1f MB (+ WAL %.1f MB)%n", file, Files.size(file) / 1e6,
                    Files.exists(Path.of(file + "-wal")) ? Files.size(Path.of(file + "-wal")) / 1e6 : 0.0);
        }
    }

    private static void record(JdbcConversationLog log, int turns, long[] nanos, List<Statement> statements,
                               List<ScoredFact> retrieved, Map<String, Long> stages) {
        for (int i = 0; i < turns; i++) {
            String question = "When was the Year of Interregional Exchanges extended? #" + i;
            Answer answer = new Answer.Answered(question, question, Lang.EN, "2021", statements, retrieved, "extractive", stages);
            Turn turn = new Turn(Instant.now(), "telegram", "-100" + (i % 50), Integer.toString(i % 500), "group",
                    answer, "The year was extended to 2021 [1].\n\nSources:\n[1] TASS", "bench-index", 5_500_000L);
            long start = System.nanoTime();
            log.record(turn);
            nanos[i] = System.nanoTime() - start;
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
