package org.rujp.bot.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rujp.bot.InvalidFileException;
import org.rujp.bot.answer.Answer;
import org.rujp.bot.knowledge.KnowledgeBase;
import org.rujp.bot.knowledge.KnowledgeLoader;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.retrieval.ScoredFact;

/** The gold set's tuning and test parts, follow-up questions, the lead-first judge and cross-validated calibration. */
class GoldPartsTest {
    private static final KnowledgeBase KB = KnowledgeLoader.load(Path.of("knowledge"));

    @Nested
    class TheParts {
        @Test
        void splitTheShippedGoldSetAboutInHalfByNobodysChoice() {
            java.util.Map<String, Boolean> unpinned = new java.util.HashMap<>();
            List<GoldQuestion> gold = GoldSet.load(Path.of("knowledge/eval"), KB).stream()
                    .filter(q -> unpinned.computeIfAbsent(q.file(), f -> GoldSet.pinnedPart(Path.of(f)).isEmpty())).toList();
            long test = gold.stream().filter(q -> q.part() == GoldQuestion.Part.TEST).count();
            assertTrue(test > gold.size() * 0.4 && test < gold.size() * 0.6, test + " of " + gold.size());
            gold.forEach(q -> assertEquals(GoldQuestion.partOf(rootOf(q, gold)), q.part(), q.id()));
        }

        @Test
        void keepAFollowUpWithTheQuestionItFollows() {
            List<GoldQuestion> gold = GoldSet.load(Path.of("knowledge/eval"), KB);
            List<GoldQuestion> followUps = gold.stream().filter(q -> q.after().isPresent()).toList();
            assertTrue(followUps.size() >= 18, "follow-ups: " + followUps.size());
            for (GoldQuestion q : followUps) {
                GoldQuestion first = gold.stream().filter(g -> g.id().equals(q.after().get())).findFirst().orElseThrow();
                assertEquals(first.part(), q.part(), q.id() + " follows " + first.id());
            }
        }

        @Test
        void putEveryQuestionOfAFileThatPinsItsPartIntoThatPart(@TempDir Path dir) throws IOException {
            Path file = dir.resolve("gold-held-out.yaml");
            Files.writeString(file, """
                    lang: en
                    part: test
                    questions:
                    """ + IntStream.range(0, 12).mapToObj(i -> """
                      - id: h-%d
                        q: "Who proposed the plan?"
                        facts: [coop19-plan-proposed-2016]
                        answer: ["Abe"]
                        type: person
                    """.formatted(i)).reduce("", String::concat));
            List<GoldQuestion> held = GoldSet.loadFile(file, KB);
            assertEquals(12, held.size());
            held.forEach(q -> assertEquals(GoldQuestion.Part.TEST, q.part(), q.id()));
            assertTrue(held.stream().map(GoldQuestion::id).anyMatch(id -> GoldQuestion.partOf(id) == GoldQuestion.Part.TUNE),
                    "some ids hash into the tuning part, so the pin is what put them all in the test part");
        }

        @Test
        void refuseAPartThatIsNeitherTuneNorTest(@TempDir Path dir) throws IOException {
            Path file = dir.resolve("gold-xx.yaml");
            Files.writeString(file, """
                    lang: en
                    part: holdout
                    questions: []
                    """);
            InvalidFileException e = assertThrows(InvalidFileException.class, () -> GoldSet.loadFile(file, KB));
            assertEquals(2, e.line());
            assertTrue(e.getMessage().contains("part must be 'tune' or 'test'"), e.getMessage());
        }

        private static String rootOf(GoldQuestion q, List<GoldQuestion> gold) {
            GoldQuestion at = q;
            while (at.after().isPresent()) {
                String previous = at.after().get();
                at = gold.stream().filter(g -> g.id().equals(previous)).findFirst().orElseThrow();
            }
            return at.id();
        }
    }

    @Test
    void aFollowUpMustNameAQuestionDefinedBeforeIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("gold-xx.yaml");
        Files.writeString(file, """
                lang: en
                questions:
                  - id: t-1
                    q: "And who proposed it?"
                    after: t-2
                    facts: [coop19-plan-proposed-2016]
                    answer: ["Abe"]
                    type: follow-up
                """);
        InvalidFileException e = assertThrows(InvalidFileException.class, () -> GoldSet.loadFile(file, KB));
        assertEquals(5, e.line());
        assertTrue(e.getMessage().contains("'after' must name a question defined earlier"), e.getMessage());
    }

    @Test
    void anAnswerWrittenAsARegularExpressionIsRefusedWithItsLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("gold-xx.yaml");
        Files.writeString(file, """
                lang: en
                questions:
                  - id: t-1
                    q: "How many patients has the centre treated?"
                    facts: [econ-vladivostok-rehab-2500]
                    answer: ["2\\\\D?500|two thousand five hundred"]
                    type: number
                """);
        InvalidFileException e = assertThrows(InvalidFileException.class, () -> GoldSet.loadFile(file, KB));
        assertEquals(6, e.line());
        assertTrue(e.getMessage().contains("'2\\D?500' reads as a regular expression"), e.getMessage());
    }

    @Test
    void plainAnswersWithDotsDollarsAndBracketsInWordsAreNoPatterns() {
        assertFalse(GoldSet.readsAsAPattern("$16 billion"));
        assertFalse(GoldSet.readsAsAPattern("22.11.2021"));
        assertFalse(GoldSet.readsAsAPattern("U.S."));
        assertTrue(GoldSet.readsAsAPattern("2[,.]500"));
        assertTrue(GoldSet.readsAsAPattern("(^|x)7"));
    }

    @Nested
    class TheJudge {
        private final EvalRunner runner = new EvalRunner(q -> { throw new AssertionError("not asked"); }, KB);

        private Outcome judge(String type, String lead, String said) {
            GoldQuestion q = new GoldQuestion("q", Lang.EN, "?", List.of("coop19-plan-proposed-2016"), List.of(List.of("2016")), type,
                    false, "f", 1);
            Answer.Answered a = new Answer.Answered("?", "?", Lang.EN, lead,
                    List.of(new org.rujp.bot.answer.Statement(KB.fact("coop19-plan-proposed-2016").orElseThrow(), said,
                            KB.source("tass-2019-cooperation-plan-results"), 0.9)), List.of(), "t", Map.of());
            return runner.judge(q, a, 0);
        }

        @Test
        void wantsTheValueOfAWhenQuestionFirst() {
            assertTrue(judge("year", "2016", "Abe proposed it in 2016.").accurate());
            assertTrue(!judge("year", "2019", "Abe proposed it in 2016.").accurate(), "the value only in the fact is not enough");
        }

        @Test
        void countsAQuestionTheAnswererFailsOnAsWrongAndGoesOn() {
            EvalRunner failing = new EvalRunner(q -> { throw new IllegalStateException("broken"); }, KB);
            GoldQuestion answerable = new GoldQuestion("a", Lang.EN, "Who?", List.of("coop19-plan-proposed-2016"), List.of(List.of("Abe")),
                    "person", false, "f", 1);
            GoldQuestion refusal = new GoldQuestion("r", Lang.EN, "Why?", List.of(), List.of(), "out-of-scope", true, "f", 2);
            List<Outcome> outcomes = failing.run(List.of(answerable, refusal));
            assertEquals(2, outcomes.size());
            // neither an answer nor a refusal: a failure is never a right refusal
            assertTrue(outcomes.stream().noneMatch(o -> o.accurate() || o.refused()));
        }

        @Test
        void acceptsTheValueAnywhereForOtherQuestions() {
            assertTrue(judge("fact", "", "Abe proposed it in 2016.").accurate());
        }

        @Test
        void acceptsARussianValueInAnotherCase() {
            assertTrue(EvalRunner.containsAll("Осака.", List.of(List.of("Осаке")), Lang.RU));
            assertTrue(!EvalRunner.containsAll("Осака.", List.of(List.of("Осаке")), Lang.EN));
        }
    }

    @Nested
    class CrossValidatedCalibration {
        /** An outcome with the best fact's score; answered rightly when answerable. */
        private Outcome outcome(String id, boolean refuse, double score) {
            GoldQuestion q = new GoldQuestion(id, Lang.EN, "?", refuse ? List.of() : List.of("f"), List.of(), "fact", refuse, "f", 1);
            List<ScoredFact> retrieved = List.of(new ScoredFact(MetricsTest.fact("f"), score, 1));
            Answer answer = new Answer.Answered("?", "?", Lang.EN, "", List.of(new org.rujp.bot.answer.Statement(retrieved.get(0).fact(), "t",
                    MetricsTest.SOURCE, score)), retrieved, "t", Map.of());
            return new Outcome(q, answer, List.of("f"), 1, false, !refuse, true, 0);
        }

        @Test
        void holdsWhenTheScoresSeparateTheQuestions() {
            List<Outcome> outcomes = new ArrayList<>();
            IntStream.range(0, 40).forEach(i -> outcomes.add(outcome("a" + i, false, 0.6 + i * 0.005)));
            IntStream.range(0, 40).forEach(i -> outcomes.add(outcome("r" + i, true, 0.1 + i * 0.005)));
            assertEquals(1.0, Calibrator.crossValidated(outcomes, 5).get(Lang.EN), 1e-9);
        }

        @Test
        void fallsBelowTheInSampleShareWhenTheScoresDoNot() {
            List<Outcome> outcomes = new ArrayList<>();
            java.util.Random random = new java.util.Random(7);
            IntStream.range(0, 60).forEach(i -> outcomes.add(outcome("q" + i, random.nextBoolean(), random.nextDouble())));
            double inSample = (double) Calibrator.calibrate(outcomes).rightDecisions() / outcomes.size();
            double held = Calibrator.crossValidated(outcomes, 5).get(Lang.EN);
            assertTrue(held < inSample, "held-out " + held + " vs in-sample " + inSample);
        }
    }
}
