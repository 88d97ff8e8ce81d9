package org.rujp.bot.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rujp.bot.App;
import org.rujp.bot.TestBots;
import org.rujp.bot.answer.Answer;
import org.rujp.bot.answer.AnswerText;
import org.rujp.bot.answer.Question;
import org.rujp.bot.cli.Main;
import org.rujp.bot.config.Settings;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.store.Store;
import org.rujp.bot.store.Turn;

/**
 * Replaying the conversation log: turns recorded through the real log, some answered by the current
 * pipeline (unchanged on replay), one logged as answered that the bot now refuses, one logged as refused
 * that it now answers, feedback, and a refused question asked three times.
 */
class LogReplayTest {
    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
    private static final String IN_SCOPE = "When was the Year of Interregional Exchanges extended?";
    private static final String OFF_TOPIC = "What is the best recipe for borscht?";
    private static final String GAP = "Who will win the next football world cup?";

    @TempDir
    static Path data;
    static Settings settings;
    static App app;
    static long unchanged;
    static long nowRefused;
    static long nowAnswered;
    static LogReplay.Report report;

    @BeforeAll
    static void logAndReplay() {
        settings = TestBots.settings(data);
        app = App.start(settings, TestBots.embedder());
        try (Store store = Store.open(settings)) {
            var log = store.log();
            Answer real = app.answerer().answer(Question.of(IN_SCOPE));
            assertInstanceOf(Answer.Answered.class, real, "the in-scope question is answered today");
            unchanged = log.record(turn(0, "u1", real));
            Answer.Answered borrowed = (Answer.Answered) real;
            nowRefused = log.record(turn(1, "u2", new Answer.Answered(OFF_TOPIC, OFF_TOPIC, Lang.EN, borrowed.lead(),
                    borrowed.statements(), borrowed.retrieved(), "extractive", Map.of())));
            nowAnswered = log.record(turn(2, "u3", new Answer.Refused(IN_SCOPE, IN_SCOPE, Lang.EN, "top score 0.10 below threshold 0.50",
                    "I don't know.", List.of(), List.of(), "extractive", Map.of())));
            for (int i = 0; i < 3; i++) {
                Answer gap = app.answerer().answer(Question.of(GAP));
                assertInstanceOf(Answer.Refused.class, gap, "the off-topic question is refused today");
                log.record(turn(3 + i, "u" + (4 + i), gap));
            }
            log.feedback(unchanged, "u1", false, T0.plusSeconds(60));
            log.feedback(nowAnswered, "u3", true, T0.plusSeconds(60));
            report = new LogReplay(log, app.answerer()).replay(Optional.empty(), 5);
        }
    }

    private static Turn turn(int minute, String user, Answer answer) {
        return new Turn(T0.plusSeconds(60L * minute), "telegram", "chat-" + user, user, "private", answer,
                AnswerText.plain(answer), "index", 1_000_000L);
    }

    @Test
    void everyLoggedTurnIsReplayedAndTheFlipsAreCounted() {
        assertEquals(6, report.replayed());
        assertEquals(1, report.answeredToRefused(), LogReplay.render(report, 20));
        assertEquals(1, report.refusedToAnswered(), LogReplay.render(report, 20));
    }

    @Test
    void theFlippedTurnsAreListedAndTheUnchangedOneIsNot() {
        Map<Long, LogReplay.TurnChange> changes = new java.util.HashMap<>();
        report.changes().forEach(c -> changes.put(c.turnId(), c));

        assertTrue(changes.get(nowRefused).what().contains("answered -> refused"), changes.toString());
        assertTrue(changes.get(nowAnswered).what().contains("refused -> answered"), changes.toString());
        assertTrue(!changes.containsKey(unchanged), "the turn answered by today's pipeline did not change: " + changes.get(unchanged));
    }

    @Test
    void feedbackStatisticsShowTheHelpfulRateTheNotHelpfulTurnAndTheKnowledgeGap() {
        assertEquals(2, report.feedback().votes());
        assertEquals(0.5, report.feedback().helpfulRate().orElseThrow());
        assertEquals(List.of(unchanged), report.feedback().notHelpful().stream().map(m -> m.turnId()).toList());
        assertEquals(GAP, report.feedback().frequentRefused().get(0).question());
        assertEquals(3, report.feedback().frequentRefused().get(0).count());

        String text = LogReplay.render(report, 20);
        assertTrue(text.contains("helpful rate 50.0% (1/2)"), text);
        assertTrue(text.contains("3x " + GAP), text);
    }

    @Test
    void theFromLogCommandReplaysSinceTheGivenDay() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = Main.run(new String[] {"eval", "--from-log", "--since", "2024-05-01T10:02:00Z", "--data-dir", data.toString()},
                new PrintWriter(out), new PrintWriter(err));

        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains("replayed 4 logged turns"), out.toString());
        assertTrue(out.toString().contains("1 refused -> answered"), out.toString());
        assertTrue(out.toString().contains("0 answered -> refused"), out.toString());
    }
}
