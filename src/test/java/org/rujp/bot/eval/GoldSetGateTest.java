package org.rujp.bot.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rujp.bot.App;
import org.rujp.bot.TestBots;
import org.rujp.bot.knowledge.Fact;
import org.rujp.bot.knowledge.Lang;

/**
 * The quality gate: the whole gold set through the shipped configuration, real model, real knowledge.
 * Fails when retrieval, answers or refusals fall below the bars.
 *
 * <p>Two measurements. The first keeps its bars and its meaning from before the fresh questions were
 * written: the original questions ({@code gold-en|ru|ja.yaml}), an answer right when the expected value is
 * anywhere in what the bot said. The second is the stricter one {@code eval} reports: every question,
 * fresh ones included, and for who/when/where/how-many questions the value must lead the answer.
 */
class GoldSetGateTest {
    @TempDir
    static Path data;
    static App app;
    static List<GoldQuestion> gold;
    static Map<String, Metrics> metrics;
    static List<Outcome> outcomes;
    /** The original questions, judged as before: the expected value anywhere in what the bot said. */
    static Map<String, Metrics> original;

    @BeforeAll
    static void run() {
        app = TestBots.app(data);
        // A file pinned to the test part (the blind questions) is held out: a gate failing on it would print its
        // questions, and reading those while changing the bot would make them one more tuning set. eval reports
        // their numbers instead.
        java.util.Map<String, Boolean> heldOut = new java.util.HashMap<>();
        gold = GoldSet.load(Path.of("knowledge/eval"), app.knowledge()).stream()
                .filter(q -> !heldOut.computeIfAbsent(q.file(),
                        f -> GoldSet.pinnedPart(Path.of(f)).filter(p -> p == GoldQuestion.Part.TEST).isPresent()))
                .toList();
        outcomes = new EvalRunner(app.answerer(), app.knowledge()).run(gold);
        metrics = MetricsTable.byLanguage(outcomes);
        System.out.println(MetricsTable.render(metrics));
        List<Outcome> anywhere = outcomes.stream().filter(o -> !o.question().file().contains("gold-fresh-")).map(o -> {
            boolean right = o.question().refuse() ? o.refused() : o.answer() instanceof org.rujp.bot.answer.Answer.Answered a
                    && EvalRunner.containsAll(EvalRunner.spokenText(a), o.question().answer(), o.question().lang());
            return new Outcome(o.question(), o.answer(), o.retrievedIds(), o.firstRelevantRank(), o.refused(), right,
                    o.citationCorrect(), o.latencyNanos());
        }).toList();
        original = MetricsTable.byLanguage(anywhere);
        System.out.println("original questions, value anywhere:\n" + MetricsTable.render(original));
    }

    @Test
    void theGoldSetIsLargeEnoughAndReachesEveryFact() {
        List<GoldQuestion> english = gold.stream().filter(q -> q.lang() == Lang.EN).toList();
        assertTrue(english.size() >= 100, "english questions: " + english.size());
        assertTrue(english.stream().filter(GoldQuestion::refuse).count() >= 20);
        assertTrue(english.stream().filter(q -> q.type().equals("date")).count() >= 10);
        assertTrue(english.stream().filter(q -> q.type().equals("number")).count() >= 10);
        Set<String> reached = new HashSet<>();
        english.forEach(q -> reached.addAll(q.facts()));
        for (Fact fact : app.knowledge().facts()) {
            assertTrue(reached.contains(fact.id()), "no English gold question reaches " + fact.id());
        }
    }

    @Test
    void englishMeetsTheQualityGate() {
        Metrics en = original.get("en");
        String report = MetricsTable.render(Map.of("en", en)) + String.join("\n", MetricsTable.failures(
                outcomes.stream().filter(o -> o.question().lang() == Lang.EN && o.question().part() == GoldQuestion.Part.TUNE).toList()));
        assertTrue(en.hitAt3() >= 0.95, "hit@3 " + en.hitAt3() + "\n" + report);
        assertTrue(en.accuracy() >= 0.90, "accuracy " + en.accuracy() + "\n" + report);
        assertTrue(en.refusalRecall() >= 0.90, "refusal recall " + en.refusalRecall() + "\n" + report);
        assertTrue(en.refusalPrecision() >= 0.90, "refusal precision " + en.refusalPrecision() + "\n" + report);
    }

    @Test
    void russianAndJapaneseMeetTheirQualityGate() {
        for (String lang : List.of("ru", "ja")) {
            Metrics m = original.get(lang);
            String report = MetricsTable.render(Map.of(lang, m));
            assertTrue(m.hitAt3() >= 0.90, lang + " hit@3 " + m.hitAt3() + "\n" + report);
            assertTrue(m.accuracy() >= 0.85, lang + " accuracy " + m.accuracy() + "\n" + report);
            assertTrue(m.refusalRecall() >= 0.90, lang + " refusal recall " + m.refusalRecall() + "\n" + report);
            assertTrue(m.refusalPrecision() >= 0.90, lang + " refusal precision " + m.refusalPrecision() + "\n" + report);
        }
    }

    @Test
    void everyQuestionWithTheValueFirstHoldsItsLevel() {
        // the whole gold set, fresh questions and the test part included, judged as eval judges it
        for (String lang : List.of("en", "ru", "ja")) {
            Metrics m = metrics.get(lang);
            String report = MetricsTable.render(Map.of(lang, m));
            assertTrue(m.accuracy() >= 0.75, lang + " accuracy " + m.accuracy() + "\n" + report);
            assertTrue(m.refusalRecall() >= 0.80, lang + " refusal recall " + m.refusalRecall() + "\n" + report);
            assertTrue(m.refusalPrecision() >= 0.70, lang + " refusal precision " + m.refusalPrecision() + "\n" + report);
        }
    }

    @Test
    void theFreshQuestionsCoverEveryKindInEveryLanguageAndHalfAreInTheTestPart() {
        for (Lang lang : Lang.values()) {
            List<GoldQuestion> fresh = gold.stream().filter(q -> q.lang() == lang && q.file().contains("gold-fresh-")).toList();
            assertTrue(fresh.size() >= 60, lang + ": " + fresh.size());
            for (String kind : List.of("paraphrase", "definition", "attribute-trap", "multi-part", "follow-up", "month", "place")) {
                assertTrue(fresh.stream().anyMatch(q -> q.type().equals(kind)), lang + " has no " + kind + " question");
            }
            long test = fresh.stream().filter(q -> q.part() == GoldQuestion.Part.TEST).count();
            assertTrue(test >= fresh.size() * 0.35 && test <= fresh.size() * 0.65, lang + ": " + test + " of " + fresh.size() + " in the test part");
        }
    }

    @Test
    void theGoldSetHasEnoughRussianAndJapaneseQuestionsWithRefusals() {
        for (Lang lang : List.of(Lang.RU, Lang.JA)) {
            List<GoldQuestion> subset = gold.stream().filter(q -> q.lang() == lang).toList();
            assertTrue(subset.size() >= (lang == Lang.RU ? 40 : 30), lang + ": " + subset.size());
            assertTrue(subset.stream().anyMatch(GoldQuestion::refuse), lang + " has no refusal questions");
        }
    }

    @Test
    void furnitureIsNeverAnAnswer() {
        for (Outcome o : outcomes) {
            if (o.question().type().equals("furniture")) {
                assertTrue(o.refused(), o.question().id() + " was answered: " + o.question().question());
            }
        }
    }
}
