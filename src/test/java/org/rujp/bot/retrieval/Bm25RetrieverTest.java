package org.rujp.bot.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rujp.bot.RealKnowledge;
import org.rujp.bot.knowledge.Fact;
import org.rujp.bot.knowledge.KnowledgeBase;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.knowledge.Source;

class Bm25RetrieverTest {
    private static final KnowledgeBase KB = RealKnowledge.knowledge();
    private static final Bm25Retriever BM25 = new Bm25Retriever(KB, new AliasExpander(KB));
    private static final LanguageAnalyzers ANALYZERS = new LanguageAnalyzers();

    @AfterAll
    static void close() {
        BM25.close();
        ANALYZERS.close();
    }

    private static List<String> top(String question, Lang lang, int n) {
        return BM25.retrieve(new Query(question, lang), n).stream().map(s -> s.fact().id()).toList();
    }

    @Nested
    class Russian {
        @Test
        void inflectedFormsShareTheirStems() {
            List<String> genitive = ANALYZERS.terms(Lang.RU, "text_ru", "межрегиональных обменов");
            List<String> nominative = ANALYZERS.terms(Lang.RU, "text_ru", "межрегиональные обмены");
            assertTrue(genitive.containsAll(List.of("межрегиональн", "обмен")), genitive::toString);
            assertTrue(nominative.containsAll(List.of("межрегиональн", "обмен")), nominative::toString);
            List<String> past = ANALYZERS.terms(Lang.RU, "text_ru", "продлили");
            List<String> infinitive = ANALYZERS.terms(Lang.RU, "text_ru", "продлить");
            assertTrue(past.stream().anyMatch(infinitive::contains), past + " vs " + infinitive);
        }

        @Test
        void aQuestionInTheNominativeFindsTheFactInTheGenitive() {
            List<String> top = top("Что известно про межрегиональные обмены и Токио?", Lang.RU, 3);
            assertTrue(top.stream().anyMatch(id -> id.startsWith("iy21-150") || id.startsWith("iy21-projects")), top::toString);
        }

        @Test
        void aQuestionInOtherCasesFindsTheFact() {
            List<String> top = top("Когда продлили межрегиональные обмены?", Lang.RU, 3);
            assertTrue(top.contains("iy21-extended-one-year"), top::toString);
        }

        @Test
        void yoAndYeAreTheSameLetter() {
            assertEquals(ANALYZERS.terms(Lang.RU, "text_ru", "Перекрёстные годы"),
                    ANALYZERS.terms(Lang.RU, "text_ru", "перекрестные годы"));
        }
    }

    @Nested
    class Japanese {
        @Test
        void kuromojiSplitsTextWithoutSpacesIntoWords() {
            List<String> terms = ANALYZERS.terms(Lang.JA, "text_ja", "地域交流年の延長はいつ決まりましたか");
            assertTrue(terms.containsAll(List.of("地域", "交流", "延長")), terms::toString);
            assertTrue(terms.stream().noneMatch(t -> t.equals("いつ") || t.equals("の")), terms::toString);
        }

        @Test
        void aQuestionWithoutSpacesFindsTheFact() {
            List<String> top = top("地域交流年はどのくらい延長されましたか", Lang.JA, 2);
            assertTrue(top.contains("iy21-extended-one-year"), top::toString);
        }
    }

    @Nested
    class Aliases {
        @Test
        void aColloquialCityNameFindsTheFactThatSpellsItOut() {
            List<String> top = top("Какой японский город является побратимом Питера?", Lang.RU, 2);
            assertTrue(top.contains("iy19-osaka-stpetersburg-twins"), top::toString);
        }

        @Test
        void aJapaneseNameFindsAnEnglishOnlyPassage() {
            try (Bm25Retriever small = new Bm25Retriever(passages(), new AliasExpander(passages()))) {
                List<ScoredFact> hits = small.retrieve(new Query("安倍はどこを訪問しましたか", Lang.JA), 5);
                assertEquals(List.of("p-en"), hits.stream().map(s -> s.fact().id()).toList());
            }
        }
    }

    @Nested
    class NormalisedScore {
        static Stream<DevQuestions.Case> questions() {
            return Stream.concat(DevQuestions.ANSWERABLE.stream(), DevQuestions.ENGLISH.stream());
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("questions")
        void liesBetweenZeroAndOneAndRanksTheAnswerInTheTopThree(DevQuestions.Case c) {
            List<ScoredFact> hits = BM25.retrieve(new Query(c.question(), c.lang()), 3);
            assertTrue(hits.stream().allMatch(s -> s.score() >= 0 && s.score() <= 1), hits::toString);
            assertTrue(hits.stream().anyMatch(s -> c.answers().contains(s.fact().id())), hits::toString);
        }

        @Test
        void isNearOneWhenTheQuestionIsTheFactItself() {
            Fact fact = KB.fact("coop19-toshiba-logistics").orElseThrow();
            List<ScoredFact> hits = BM25.retrieve(new Query(fact.text(Lang.RU), Lang.RU), 1);
            assertEquals(fact.id(), hits.get(0).fact().id());
            assertTrue(hits.get(0).score() > 0.8, hits::toString);
        }

        @Test
        void fallsWhenTheQuestionAsksAboutMoreThanTheFactSays() {
            double focused = BM25.retrieve(new Query("Toshiba logistics centres", Lang.EN), 1).get(0).score();
            double diluted = BM25.retrieve(new Query("Toshiba logistics centres football weather recipes", Lang.EN), 1).get(0).score();
            assertTrue(diluted < focused * 0.7, () -> focused + " then " + diluted);
        }

        @Test
        void findsNothingForAQuestionSharingNoWordWithTheKnowledge() {
            assertEquals(List.of(), BM25.retrieve(new Query("What will the weather be like tomorrow?", Lang.EN), 5));
            assertEquals(List.of(), BM25.retrieve(new Query("明日の天気はどうですか", Lang.JA), 5));
        }
    }

    @Test
    void passagesAreIndexedInTheOnlyLanguageTheyHave() {
        try (Bm25Retriever small = new Bm25Retriever(passages(), new AliasExpander(passages()))) {
            List<String> found = small.retrieve(new Query("Какую больницу строят во Владивостоке?", Lang.RU), 5)
                    .stream().map(s -> s.fact().id()).toList();
            assertEquals("p-ru", found.get(0)); // the English passage follows only through the alias Vladivostok
            assertEquals(List.of(), small.retrieve(new Query("hospital building", Lang.EN), 5));
        }
    }

    @Test
    void aFactIsFoundByTheWordsOfTheQuestionsItAnswersBelowItsOwnWording() {
        String question = "Ради чего нужны общие бизнес-проекты на спорных островах?";
        KnowledgeBase asked = goalAndGroups(List.of("ради чего затевают общие бизнес-проекты на спорных островах?"),
                List.of("кто координирует проекты на островах?"));
        KnowledgeBase plain = goalAndGroups(List.of(), List.of());
        try (Bm25Retriever withAsks = new Bm25Retriever(asked, new AliasExpander(asked));
             Bm25Retriever without = new Bm25Retriever(plain, new AliasExpander(plain))) {
            List<ScoredFact> found = withAsks.retrieve(new Query(question, Lang.RU), 2);
            assertEquals("goal", found.get(0).fact().id(), found::toString);
            List<ScoredFact> unasked = without.retrieve(new Query(question, Lang.RU), 2);
            assertTrue(unasked.isEmpty() || !unasked.get(0).fact().id().equals("goal"), "the statement alone shares no word with it: " + unasked);
            double own = withAsks.retrieve(new Query("шаг к мирному договору", Lang.RU), 1).get(0).score();
            assertTrue(found.get(0).score() > 0 && found.get(0).score() < own, () -> "asked " + found.get(0).score() + ", its own words " + own);
        }
    }

    /** Two Russian facts about the islands, each answering the questions given. */
    private static KnowledgeBase goalAndGroups(List<String> goalAsks, List<String> groupsAsks) {
        Source source = new Source("test-source", "Test Wire", "Test", LocalDate.of(2020, 1, 1), "", "", "", Source.Origin.CURATED);
        Fact goal = new Fact("goal", source.id(), Map.of(Lang.RU, "Совместная хозяйственная деятельность на Южных Курилах — шаг к мирному договору."),
                Optional.empty(), List.of(), List.of(), Fact.Kind.FACT, org.rujp.bot.knowledge.Slots.NONE, Map.of(Lang.RU, goalAsks));
        Fact groups = new Fact("groups", source.id(), Map.of(Lang.RU, "Две рабочие группы координируют проекты на островах."),
                Optional.empty(), List.of(), List.of(), Fact.Kind.FACT, org.rujp.bot.knowledge.Slots.NONE, Map.of(Lang.RU, groupsAsks));
        return new KnowledgeBase(List.of(source), List.of(goal, groups), List.of(), "asks-" + goalAsks.size());
    }

    /** The real alias table with two ingested passages, one English and one Russian, listing no entities. */
    private static KnowledgeBase passages() {
        Source source = new Source("ingested-1", "Example News", "Example", LocalDate.of(2020, 1, 1), "", "", "", Source.Origin.INGESTED);
        Fact en = new Fact("p-en", source.id(), Map.of(Lang.EN, "Shinzo Abe visited Vladivostok in September."),
                Optional.empty(), List.of(), List.of(), Fact.Kind.PASSAGE);
        Fact ru = new Fact("p-ru", source.id(), Map.of(Lang.RU, "Во Владивостоке строят новую больницу."),
                Optional.empty(), List.of(), List.of(), Fact.Kind.PASSAGE);
        return new KnowledgeBase(List.of(source), List.of(en, ru), KB.entities(), "test");
    }
}
