package org.rujp.bot.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rujp.bot.answer.Answer;
import org.rujp.bot.answer.Statement;
import org.rujp.bot.knowledge.Fact;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.knowledge.Source;
import org.rujp.bot.retrieval.ScoredFact;

class MetricsTest {
    static final Source SOURCE = new Source("s", "Wire", "Title", LocalDate.of(2020, 1, 1), "", "", "", Source.Origin.CURATED);

    static Fact fact(String id) {
        return new Fact(id, "s", Map.of(Lang.EN, "Fact " + id + "."), Optional.empty(), List.of(), List.of(), Fact.Kind.FACT);
    }

    static Outcome outcome(boolean refuse, boolean refused, boolean accurate, int rank, double topScore, long latencyMs) {
        GoldQuestion q = new GoldQuestion("q", Lang.EN, "?", refuse ? List.of() : List.of("b"), List.of(), "fact", refuse, "f", 1);
        List<ScoredFact> retrieved = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            retrieved.add(new ScoredFact(fact(i == rank ? "b" : "x" + i), topScore - i * 0.01, i));
        }
        Answer answer = refused
                ? new Answer.Refused("?", "?", Lang.EN, "r", "m", List.of(), retrieved, "t", Map.of())
                : new Answer.Answered("?", "?", Lang.EN, "", List.of(new Statement(retrieved.get(0).fact(), "t", SOURCE, topScore)), retrieved, "t", Map.of());
        return new Outcome(q, answer, retrieved.stream().map(s -> s.fact().id()).toList(), rank, refused, accurate, !refused, latencyMs * 1_000_000);
    }

    @Test
    void latencyPercentilesKeepFractionsOfAMillisecond() {
        List<Outcome> outcomes = new ArrayList<>();
        for (long nanos : new long[] {4_250_000, 4_500_000, 4_750_000, 5_125_000}) {
            Outcome o = outcome(false, false, true, 1, 0.9, 0);
            outcomes.add(new Outcome(o.question(), o.answer(), o.retrievedIds(), o.firstRelevantRank(), o.refused(),
                    o.accurate(), o.citationCorrect(), nanos));
        }
        Metrics m = Metrics.of(outcomes);
        assertEquals(4.5, m.p50Ms(), 1e-9);
        assertEquals(5.125, m.p95Ms(), 1e-9);
    }

    @Test
    void scoresAnswerableAndUnanswerableQuestionsSeparately() {
        List<Outcome> outcomes = List.of(
                outcome(false, false, true, 1, 0.9, 10),
                outcome(false, false, false, 3, 0.8, 20),
                outcome(false, true, false, 0, 0.2, 30),
                outcome(true, true, true, 0, 0.1, 40),
                outcome(true, false, false, 0, 0.7, 50));
        Metrics m = Metrics.of(outcomes);
        assertEquals(3, m.answerable());
        assertEquals(1 / 3.0, m.hitAt1(), 1e-9);
        assertEquals(2 / 3.0, m.hitAt3(), 1e-9);
        assertEquals((1 + 1 / 3.0) / 3, m.mrr(), 1e-9);
        assertEquals((1 + 0.5) / 3, m.ndcgAt5(), 1e-9);
        assertEquals(1 / 3.0, m.accuracy(), 1e-9);
        assertEquals(0.5, m.refusalPrecision(), 1e-9);
        assertEquals(0.5, m.refusalRecall(), 1e-9);
        assertEquals(30, m.p50Ms(), 1e-9);
        assertEquals(50, m.p95Ms(), 1e-9);
    }

    @Test
    void calibrationPicksTheThresholdWithTheMostRightDecisions() {
        List<Outcome> outcomes = List.of(
                outcome(false, false, true, 1, 0.80, 1),
                outcome(false, false, true, 1, 0.60, 1),
                outcome(false, false, false, 1, 0.55, 1),
                outcome(true, false, false, 0, 0.40, 1),
                outcome(true, false, false, 0, 0.30, 1),
                outcome(true, true, true, 0, 0.90, 1));
        Calibrator.Calibration c = Calibrator.calibrate(outcomes);
        // Top scores are topScore - 0.01. Every threshold from between 0.39 and 0.54 to between 0.54 and 0.59 refuses
        // both unanswerable questions and keeps both right answers; the middle of that range is chosen.
        assertEquals(5, c.rightDecisions());
        assertEquals(0.515, c.threshold(), 0.002);
        assertEquals(1.0, c.refusalPrecision(), 1e-9);
    }

    @Test
    void answerStringsMatchAcrossCaseAndSpacingVariants() {
        assertEquals(true, EvalRunner.containsAll("Более 1,5\u00a0млн человек", List.of(List.of("1,5 млн"))));
        assertEquals(false, EvalRunner.containsAll("more than 700 events", List.of(List.of("700"), List.of("600"))));
        assertEquals(true, EvalRunner.containsAll("more than 700 events", List.of(List.of("600", "700"))));
    }
}
