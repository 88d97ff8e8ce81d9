package org.rujp.bot.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import org.rujp.bot.App;
import org.rujp.bot.answer.Answer;
import org.rujp.bot.answer.AnswerText;
import org.rujp.bot.answer.Question;
import org.rujp.bot.config.Settings;
import org.rujp.bot.store.Store;

/**
 * In-process answers per second as {@code ask --json} gives them, the way it answered before (one thread answering,
 * printing and writing each turn to the log in turn) and now (a worker per core, the log written in batches on a
 * thread of its own), over the same questions, with the store in {@code settings}' data directory.
 */
final class AnswerThroughput {
    private AnswerThroughput() {
    }

    /** One question after another on this thread, each answer printed and logged before the next question. */
    static double oneThread(App app, Settings settings, List<String> questions) throws IOException {
        PrintWriter out = new PrintWriter(Writer.nullWriter());
        String indexVersion = app.index().index().key();
        try (ConsoleLog log = ConsoleLog.over(Store.open(settings), "cli", "bench", out, false)) {
            long start = System.nanoTime();
            for (String q : questions) {
                Instant time = Instant.now();
                long t0 = System.nanoTime();
                Answer answer = app.answerer().answer(Question.of(q));
                long nanos = System.nanoTime() - t0;
                out.println(AskCommand.jsonLine(answer, nanos));
                log.record(time, answer, AnswerText.plain(answer), indexVersion, nanos);
            }
            return questions.size() / ((System.nanoTime() - start) / 1e9);
        }
    }

    /** Answers alone, one question after another on this thread: nothing printed, nothing logged. */
    static double answersOnly(App app, List<String> questions) {
        long start = System.nanoTime();
        for (String q : questions) {
            app.answerer().answer(Question.of(q));
        }
        return questions.size() / ((System.nanoTime() - start) / 1e9);
    }

    /** As {@code ask --json} answers now: {@code workers} threads, answers printed and logged in order, the log queued. */
    static double workers(App app, Settings settings, List<String> questions, int workers) throws IOException {
        PrintWriter out = new PrintWriter(Writer.nullWriter());
        try (ConsoleLog log = ConsoleLog.over(Store.open(settings), "cli", "bench", out, true)) {
            long start = System.nanoTime();
            AskCommand.answerLines(new BufferedReader(new StringReader(String.join("\n", questions))), out, app.answerer(), log,
                    app.index().index().key(), workers);
            return questions.size() / ((System.nanoTime() - start) / 1e9);
        }
    }
}
