package org.rujp.bot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.rujp.bot.App;
import org.rujp.bot.answer.Answer;
import org.rujp.bot.answer.AnswerText;
import org.rujp.bot.answer.Question;
import org.rujp.bot.knowledge.Source;
import org.rujp.bot.retrieval.ScoredFact;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rujp-bot ask "QUESTION"} and {@code rujp-bot ask --json} (questions on standard input, JSON lines out). */
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = "Answers one question, or with --json every line of standard input as one JSON object per line.")
public final class AskCommand implements Callable<Integer> {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AskCommand.class);

    @Mixin
    GlobalOptions global;

    @Option(names = "--json", description = "Read questions from standard input, one per line; write one JSON object per line.")
    boolean json;

    @Option(names = "--workers", paramLabel = "N", defaultValue = "0",
            description = "With --json: threads answering at once (default: one per core); the answers are printed in the order of the questions.")
    int workers;

    @Option(names = "--no-log", description = "Do not record the questions and answers in the conversation log.")
    boolean noLog;

    @Parameters(arity = "0..*", paramLabel = "QUESTION", description = "The question (quote it, or give it as several words).")
    List<String> words;

    @Spec
    CommandSpec spec;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (!json && (words == null || words.isEmpty())) {
            spec.commandLine().getErr().println("rujp-bot ask: give a question, e.g. rujp-bot ask \"When was the Year of Interregional Exchanges extended?\", or use --json with questions on standard input");
            return Main.EXIT_USAGE;
        }
        if (json && words != null && !words.isEmpty()) {
            spec.commandLine().getErr().println("rujp-bot ask: --json reads questions from standard input; do not also give one as an argument");
            return Main.EXIT_USAGE;
        }
        App app = App.start(global.settings(), global.progress());
        String indexVersion = app.index().index().key();
        try (ConsoleLog log = ConsoleLog.open(app.settings(), noLog, "cli", null, spec.commandLine().getErr(), json)) {
            if (!json) {
                Instant time = Instant.now();
                long start = System.nanoTime();
                Answer answer = app.answerer().answer(Question.of(String.join(" ", words)));
                String text = AnswerText.plain(answer);
                long nanos = System.nanoTime() - start;
                out.println(text);
                out.flush();
                log.record(time, answer, text, indexVersion, nanos);
                return 0;
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            int count = answerLines(in, out, app.answerer(), log, indexVersion, workers > 0 ? workers : Runtime.getRuntime().availableProcessors());
            spec.commandLine().getErr().println("rujp-bot ask: answered " + count + " question" + (count == 1 ? "" : "s")
                    + (log.enabled() ? ", logged to " + org.rujp.bot.store.Store.file(app.settings()) : ""));
            return 0;
        }
    }

    /** One answered line: the answer, when its question arrived and how long answering took. */
    private record Answered(Answer answer, Instant time, long nanos) {
    }

    /**
     * Answers every non-blank line on {@code workers} threads and prints the answers in the order of the lines
     * (at most two per worker wait to be printed); each is logged, in that order, as it is printed.
     */
    static int answerLines(BufferedReader in, PrintWriter out, org.rujp.bot.answer.Answerer answerer, ConsoleLog log, String indexVersion,
                           int workers)
            throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "rujp-ask");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<Answered>> window = new ArrayDeque<>();
        int count = 0;
        int lineNumber = 0;
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                String question = line;
                int number = lineNumber;
                window.addLast(pool.submit(() -> {
                    Instant time = Instant.now();
                    long start = System.nanoTime();
                    return new Answered(answerOrFailure(answerer, question, number), time, System.nanoTime() - start);
                }));
                if (window.size() >= 2 * workers) {
                    print(window.removeFirst(), out, log, indexVersion);
                }
                count++;
            }
            while (!window.isEmpty()) {
                print(window.removeFirst(), out, log, indexVersion);
            }
            return count;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The answerer's name on a question it failed on: neither an answer nor a refusal of the knowledge. */
    static final String FAILED = "failed";

    /**
     * The answer to one line; a question the answerer fails on is logged with its line and answered with an apology, so
     * that the lines after it are still answered.
     */
    private static Answer answerOrFailure(org.rujp.bot.answer.Answerer answerer, String question, int line) {
        return answerOrFailure(answerer, Question.of(question), "line " + line);
    }

    /** The answer to a question, or, when the answerer fails on it, an apology, the failure logged with {@code where}. */
    static Answer answerOrFailure(org.rujp.bot.answer.Answerer answerer, Question question, String where) {
        try {
            return answerer.answer(question);
        } catch (RuntimeException e) {
            LOG.error("{}: answering failed: {}", where, e.toString(), e);
            org.rujp.bot.knowledge.Lang lang = org.rujp.bot.answer.LanguageDetector.detect(question.text(), java.util.Optional.empty());
            return new Answer.Refused(question.text(), question.text(), lang, "answering failed: " + e,
                    org.rujp.bot.i18n.Messages.get(lang, "tg.error"), List.of(), List.of(), FAILED, java.util.Map.of());
        }
    }

    private static void print(Future<Answered> next, PrintWriter out, ConsoleLog log, String indexVersion) throws IOException {
        Answered a;
        try {
            a = next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while answering", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        out.println(jsonLine(a.answer(), a.nanos()));
        out.flush();
        log.record(a.time(), a.answer(), AnswerText.plain(a.answer()), indexVersion, a.nanos());
    }

    /** The answer's line of {@code ask --json}. */
    static String jsonLine(Answer answer, long latencyNanos) throws IOException {
        return JSON.writeValueAsString(toJson(answer, latencyNanos));
    }

    /**
     * {"question","answer","refused","reason" (refusals),"sources":[{id,publisher,title,published}],"facts":[{id,text,score}],"latencyMs"};
     * {@code latencyMs} is a decimal to the microsecond: a warm answer takes a few milliseconds, so whole milliseconds would hide it.
     */
    static ObjectNode toJson(Answer answer, long latencyNanos) {
        ObjectNode node = JSON.createObjectNode();
        node.put("question", answer.question());
        node.put("answer", AnswerText.plain(answer));
        node.put("refused", answer instanceof Answer.Refused);
        ArrayNode sources = node.putArray("sources");
        ArrayNode facts = node.putArray("facts");
        if (answer instanceof Answer.Answered a) {
            for (Source s : a.sources()) {
                sources.addObject().put("id", s.id()).put("publisher", s.publisher()).put("title", s.title())
                        .put("published", s.published().toString()).put("url", s.url());
            }
            a.statements().forEach(s -> facts.addObject().put("id", s.fact().id()).put("text", s.text()).put("score", round(s.score())));
        } else {
            node.put("reason", ((Answer.Refused) answer).reason());
            for (ScoredFact f : answer.retrieved().subList(0, Math.min(3, answer.retrieved().size()))) {
                facts.addObject().put("id", f.fact().id()).put("text", f.fact().text(answer.lang())).put("score", round(f.score()));
            }
        }
        node.put("latencyMs", Math.round(latencyNanos / 1_000.0) / 1_000.0);
        return node;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
