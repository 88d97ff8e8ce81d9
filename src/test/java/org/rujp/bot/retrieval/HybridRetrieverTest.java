package org.rujp.bot.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rujp.bot.RealKnowledge;
import org.rujp.bot.answer.CrossLanguageAnswerTest;
import org.rujp.bot.config.RetrievalSettings;
import org.rujp.bot.eval.GoldQuestion;
import org.rujp.bot.eval.GoldSet;
import org.rujp.bot.index.IndexBuilder;
import org.rujp.bot.knowledge.Fact;
import org.rujp.bot.knowledge.KnowledgeBase;
import org.rujp.bot.knowledge.Lang;

class HybridRetrieverTest {
    private static final KnowledgeBase KB = RealKnowledge.knowledge();
    private static final EmbeddingRetriever DENSE = new EmbeddingRetriever(RealKnowledge.embedder(), RealKnowledge.index().index(), KB);
    private static final AliasExpander ALIASES = new AliasExpander(KB);
    private static final Bm25Retriever BM25 = new Bm25Retriever(KB, ALIASES);
    private static final HybridRetriever HYBRID = hybrid(RetrievalSettings.DEFAULTS);

    private static HybridRetriever hybrid(RetrievalSettings settings) {
        return new HybridRetriever(DENSE, BM25, ALIASES, settings, KB.facts().size());
    }

    @AfterAll
    static void close() {
        BM25.close();
    }

    private static boolean inTop3(Retriever retriever, DevQuestions.Case c) {
        return retriever.retrieve(new Query(c.question(), c.lang()), 3).stream().anyMatch(s -> c.answers().contains(s.fact().id()));
    }

    static Stream<DevQuestions.Case> russianAndJapanese() {
        return DevQuestions.ANSWERABLE.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("russianAndJapanese")
    void ranksTheAnsweringFactInTheTopThree(DevQuestions.Case c) {
        List<ScoredFact> top = HYBRID.retrieve(new Query(c.question(), c.lang()), 3);
        assertTrue(top.stream().anyMatch(s -> c.answers().contains(s.fact().id())),
                () -> "expected one of " + c.answers() + " in " + top.stream().map(s -> s.fact().id()).toList());
    }

    @Test
    void findsAtLeastAsManyAnswersAsDenseAloneInRussianJapaneseAndEnglish() {
        List<DevQuestions.Case> all = Stream.concat(DevQuestions.ANSWERABLE.stream(), DevQuestions.ENGLISH.stream()).toList();
        long dense = all.stream().filter(c -> inTop3(DENSE, c)).count();
        long hybrid = all.stream().filter(c -> inTop3(HYBRID, c)).count();
        long englishDense = DevQuestions.ENGLISH.stream().filter(c -> inTop3(DENSE, c)).count();
        long englishHybrid = DevQuestions.ENGLISH.stream().filter(c -> inTop3(HYBRID, c)).count();
        assertTrue(hybrid >= dense && hybrid == all.size(), () -> "hybrid " + hybrid + ", dense " + dense + " of " + all.size());
        assertTrue(englishHybrid >= englishDense, () -> "English: hybrid " + englishHybrid + ", dense " + englishDense);
    }

    /**
     * The embedding model reads English only: with the dictionaries a Russian or Japanese question reaches it as its
     * English rendering, not as the English names of its entities alone. Measured on the facts without the
     * questions they answer ({@code asks}), as ingested passages are: the curated questions already carry much of
     * what the rendering adds.
     */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class WithTheDictionaries {
        private HybridRetriever translated;
        private HybridRetriever untranslated;
        private Bm25Retriever plainBm25;

        @BeforeAll
        void translator(@TempDir Path tables, @TempDir Path data) throws Exception {
            CrossLanguageAnswerTest.installDictionaries();
            Dictionaries dictionaries = new Dictionaries(Dictionaries.DEBIAN_EDICT, Dictionaries.DEBIAN_MUELLER, tables);
            KnowledgeBase plain = new KnowledgeBase(KB.sources(), KB.facts().stream()
                    .map(f -> new Fact(f.id(), f.sourceId(), f.texts(), f.date(), f.tags(), f.entities(), f.kind(), f.slots())).toList(),
                    KB.entities(), KB.version() + "-without-asks");
            EmbeddingRetriever dense = new EmbeddingRetriever(RealKnowledge.embedder(),
                    new IndexBuilder(RealKnowledge.embedder(), data).load(plain).index(), plain);
            AliasExpander aliases = new AliasExpander(plain);
            plainBm25 = new Bm25Retriever(plain, aliases);
            untranslated = new HybridRetriever(dense, plainBm25, aliases, RetrievalSettings.DEFAULTS, plain.facts().size());
            translated = new HybridRetriever(dense, plainBm25, aliases, RetrievalSettings.DEFAULTS, plain.facts().size(),
                    Optional.of(new QuestionTranslator(aliases, dictionaries, plain)));
        }

        @AfterAll
        void closeBm25() {
            plainBm25.close();
        }

        @Test
        void embedsARussianQuestionAsItsEnglishWordsAndNames() {
            Query query = new Query("В каком городе собирались японский и российский комитеты по экономическому сотрудничеству?", Lang.RU);
            String dense = translated.denseText(query, ALIASES.expand(query.text()));
            assertTrue(dense.contains("committee") && dense.contains("economic"), dense);
            assertEquals(query.text(), HYBRID.denseText(query, ALIASES.expand(query.text())), "no entity named: the question as it is, without dictionaries");
        }

        @Test
        void ranksTheAnsweringFactFirstMoreOftenOnQuestionsWrittenFromTheRawArticles() {
            List<GoldQuestion> questions = GoldSet.load(Path.of("knowledge", "eval", "dev"), KB).stream()
                    .filter(q -> q.lang() != Lang.EN && !q.refuse() && !q.facts().isEmpty()).toList();
            long before = questions.stream().filter(q -> first(untranslated, q)).count();
            long after = questions.stream().filter(q -> first(translated, q)).count();
            assertTrue(questions.size() >= 80 && after >= before + questions.size() / 20,
                    () -> "first of " + questions.size() + ": " + before + " names alone, " + after + " translated");
        }

        private static boolean first(Retriever retriever, GoldQuestion q) {
            return q.facts().contains(retriever.retrieve(new Query(q.question(), q.lang()), 1).get(0).fact().id());
        }
    }

    @Nested
    class FusedScore {
        @Test
        void ofUnrelatedQuestionsIsClearlyLowerThanOfAnswerableOnes() {
            double unrelatedMax = DevQuestions.UNRELATED.stream().mapToDouble(HybridRetrieverTest::topScore).max().orElseThrow();
            double[] answerable = Stream.concat(DevQuestions.ANSWERABLE.stream(), DevQuestions.ENGLISH.stream())
                    .mapToDouble(HybridRetrieverTest::topScore).sorted().toArray();
            double median = answerable[answerable.length / 2];
            assertTrue(unrelatedMax < RetrievalSettings.HYBRID_DEFAULT_MIN_SCORE, () -> "unrelated up to " + unrelatedMax);
            assertTrue(unrelatedMax < median / 2, () -> "unrelated up to " + unrelatedMax + ", answerable median " + median);
        }

        @Test
        void liesBetweenZeroAndOneForEveryCandidate() {
            for (DevQuestions.Case c : DevQuestions.ANSWERABLE) {
                for (ScoredFact s : HYBRID.retrieve(new Query(c.question(), c.lang()), 10)) {
                    assertTrue(s.score() >= 0 && s.score() <= 1, s::toString);
                }
            }
        }

        @Test
        void isTheWeightedMeanOfDenseContrastAndBm25() {
            HybridRetriever weighted = hybrid(RetrievalSettings.DEFAULTS.withWeights(1, 3));
            assertEquals(0.25 * 0.4 + 0.75 * 0.8, weighted.fused(0.4, 0.8), 1e-9);
            assertEquals(0.0, HybridRetriever.contrast(0.3, 0.5), 1e-9);
            assertEquals(0.5, HybridRetriever.contrast(0.75, 0.5), 1e-9);
        }
    }

    @Nested
    class Order {
        @Test
        void byScoreIsDescending() {
            List<ScoredFact> top = HYBRID.retrieve(new Query("Сколько пациентов принял реабилитационный центр?", org.rujp.bot.knowledge.Lang.RU), 10);
            for (int i = 1; i < top.size(); i++) {
                assertTrue(top.get(i - 1).score() >= top.get(i).score(), top::toString);
            }
        }

        @Test
        void byRrfRewardsAgreementOfTheTwoLists() {
            HybridRetriever rrf = hybrid(RetrievalSettings.DEFAULTS.withFusion(RetrievalSettings.Fusion.RRF).withWeights(1, 1));
            assertTrue(rrf.rrf(2, 2) > rrf.rrf(1, null));
            assertEquals(1.0 / 61 + 1.0 / 62, rrf.rrf(1, 2), 1e-12);
            List<ScoredFact> top = rrf.retrieve(new Query("東芝はロシアの物流センターに何を供給していますか", org.rujp.bot.knowledge.Lang.JA), 3);
            assertEquals("coop19-toshiba-logistics", top.get(0).fact().id());
        }
    }

    private static double topScore(DevQuestions.Case c) {
        List<ScoredFact> top = HYBRID.retrieve(new Query(c.question(), c.lang()), 1);
        return top.isEmpty() ? 0 : top.get(0).score();
    }
}
