package org.rujp.bot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.rujp.bot.InvalidFileException;

class KnowledgeLoaderTest {

    @Nested
    class TheShippedKnowledge {
        private final KnowledgeBase kb = KnowledgeLoader.load(Path.of("knowledge"));

        @Test
        void coversAllFiveArticlesEachWithFacts() {
            assertEquals(5, kb.sources().size());
            for (Source source : kb.sources()) {
                long facts = kb.facts().stream().filter(f -> f.sourceId().equals(source.id())).count();
                assertTrue(facts >= 8, source.id() + " has only " + facts + " facts");
                assertTrue(Files.exists(Path.of("../shared/articles").resolve(source.file())) || source.file().matches("\\d{3}_.*\\.txt"),
                        "source " + source.id() + " names its raw article file");
            }
        }

        @Test
        void everyFactIsInThreeLanguagesAndNamesKnownEntities() {
            for (Fact fact : kb.facts()) {
                for (Lang lang : Lang.values()) {
                    assertTrue(fact.has(lang), fact.id() + " lacks " + lang);
                }
                fact.entities().forEach(id -> assertTrue(kb.entity(id).isPresent(), fact.id() + " names unknown " + id));
            }
        }

        @Test
        void everyFactHasQuestionsOfItsOwnInEachLanguageNoneOfThemRepeated() {
            java.util.Map<String, String> askedOf = new java.util.HashMap<>();
            for (Fact fact : kb.facts()) {
                for (Lang lang : Lang.values()) {
                    assertTrue(fact.asks(lang).size() >= 3, fact.id() + " has only " + fact.asks(lang).size() + " " + lang + " questions");
                    for (String ask : fact.asks(lang)) {
                        String before = askedOf.put(ask.toLowerCase(Locale.ROOT), fact.id());
                        assertTrue(before == null, "\"" + ask + "\" is asked of both " + before + " and " + fact.id());
                    }
                }
            }
        }

        @Test
        void keepsBothEventCountsOfTheCrossYearsEachWithItsOwnSource() {
            Fact seven = factContaining("700");
            Fact six = factContaining("600");
            assertTrue(!seven.sourceId().equals(six.sourceId()), "the 700 and 600 counts come from different articles");
        }

        @Test
        void holdsNoPageFurniture() {
            List<String> furniture = List.of("humidity", "hi/lo", "light rain", "kemerovo", "maggi", "brics", "kazakhstan",
                    "gulf of aden", "leave a reply", "photo credit", "satellite phone", "select language");
            for (Fact fact : kb.facts()) {
                String text = String.join(" ", fact.texts().values()).toLowerCase(Locale.ROOT);
                furniture.forEach(word -> assertFalse(text.contains(word), fact.id() + " contains furniture '" + word + "'"));
            }
        }

        @Test
        void resolvesRelativeDatesWhereTheArticleAllows() {
            Fact meeting = kb.fact("iy21-subcommittee-meeting").orElseThrow();
            assertEquals("2021-11-22", meeting.date().orElseThrow().iso());
            assertTrue(meeting.text().contains("22 November 2021"));
        }

        @Test
        void changesItsVersionWhenAFileChanges(@TempDir Path dir) throws IOException {
            copyKnowledge(dir);
            String before = KnowledgeLoader.load(dir).version();
            Path file = dir.resolve("articles/000-interregional-year-2019.yaml");
            Files.writeString(file, Files.readString(file).replace("tags: [", "tags: [extra tag, "));
            assertTrue(!before.equals(KnowledgeLoader.load(dir).version()));
        }

        private Fact factContaining(String number) {
            return kb.facts().stream().filter(f -> f.text().contains(number) && f.text().toLowerCase(Locale.ROOT).contains("event"))
                    .findFirst().orElseThrow(() -> new AssertionError("no fact with " + number + " events"));
        }
    }

    @Nested
    class ABrokenFile {
        static Stream<Arguments> brokenFacts() {
            String good = """
                      - id: x-one
                        date: 2019-06
                        en: "A statement."
                        ru: "Утверждение."
                        ja: "声明。"
                        entities: [putin]
                    """;
            return Stream.of(
                    Arguments.of("a missing language", good.replace("    ja: \"声明。\"\n", ""), "lacks its ja text"),
                    Arguments.of("a rendering in the wrong script", good.replace("Утверждение.", "Statement."), "not written in Cyrillic"),
                    Arguments.of("an unknown entity", good.replace("[putin]", "[nobody]"), "unknown entity 'nobody'"),
                    Arguments.of("an impossible date", good.replace("2019-06", "2019-02-30"), "no such day"),
                    Arguments.of("a misspelt key", good.replace("entities:", "entites:"), "unknown key 'entites'"),
                    Arguments.of("a bad id", good.replace("x-one", "X One"), "must be lower-case"),
                    Arguments.of("invalid YAML", good.replace("en: \"A statement.\"", "en: \"A statement."), "not valid YAML"),
                    Arguments.of("a slot naming an unknown entity", good + "    slots:\n      actors:\n        - {entity: nobody, role: speaker}\n",
                            "unknown entity 'nobody'"),
                    Arguments.of("an actor part that does not exist", good + "    slots:\n      actors:\n        - {entity: putin, role: winner}\n",
                            "unknown value 'winner'; expected one of proposer, speaker"),
                    Arguments.of("a report date that is not a date", good + "    slots:\n      reported: last spring\n",
                            "expected YYYY, YYYY-MM, YYYY-MM-DD, --MM or --MM-DD but got 'last spring'"),
                    Arguments.of("a place that is a person", good + "    slots:\n      places: [putin]\n", "'putin' is a person, not a place"),
                    Arguments.of("a quantity counting nothing", good
                            + "    slots:\n      quantities:\n        - value: {en: \"5\", ru: \"5\", ja: \"5\"}\n          unit: count\n",
                            "a quantity needs 'counts'"),
                    Arguments.of("a quantity lacking a language", good
                            + "    slots:\n      quantities:\n        - value: {en: \"5\", ru: \"5\"}\n          counts: [event]\n          unit: count\n",
                            "lacks its ja text"),
                    Arguments.of("a misspelt slot", good + "    slots:\n      actor: []\n", "unknown key 'actor'"),
                    Arguments.of("an occasion lacking a language", good + "    slots:\n      occasion: {en: \"At a meeting\", ru: \"На заседании\"}\n",
                            "lacks its ja text"),
                    Arguments.of("an occasion in the wrong script", good + "    slots:\n      occasion: {en: \"At a meeting\", ru: \"At a meeting\", ja: \"会議\"}\n",
                            "not written in Cyrillic"),
                    Arguments.of("a reason that is no fact", good + "    slots:\n      because: [no-such-fact]\n",
                            "slots.because of fact 'x-one' names 'no-such-fact', which is no fact"),
                    Arguments.of("a fact its own reason", good + "    slots:\n      because: [x-one]\n", "which is the fact itself"),
                    Arguments.of("details that are no fact", good + "    slots:\n      details: [no-such-fact]\n",
                            "slots.details of fact 'x-one' names 'no-such-fact', which is no fact"),
                    Arguments.of("a fact its own details", good + "    slots:\n      details: [x-one]\n", "which is the fact itself"),
                    Arguments.of("questions in the wrong script", good + "    asks:\n      ru: [\"Who said it?\"]\n", "not written in Cyrillic"),
                    Arguments.of("questions in no known language", good + "    asks:\n      de: [\"Wer?\"]\n", "unknown key 'de'"),
                    Arguments.of("questions not given per language", good + "    asks: Who said it?\n", "expected the questions per language"),
                    Arguments.of("a list of questions in no language", good + "    asks: [\"Who said it?\"]\n", "expected the questions per language"),
                    Arguments.of("an empty question", good + "    asks:\n      en: [\"Who said it?\", \"\"]\n", "must not be empty"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("brokenFacts")
        void failsNamingFileLineAndReason(String what, String facts, String reason, @TempDir Path dir) throws IOException {
            copyKnowledge(dir);
            Path file = dir.resolve("articles/zzz-broken.yaml");
            Files.writeString(file, """
                    source:
                      id: broken-source
                      publisher: Test Wire
                      title: Broken
                      published: 2020-01-01
                    facts:
                    """ + facts);
            InvalidFileException e = assertThrows(InvalidFileException.class, () -> KnowledgeLoader.load(dir));
            assertEquals(file, e.file());
            assertTrue(e.line() >= 7, what + ": expected a line inside the facts, got " + e.line());
            assertTrue(e.getMessage().contains(reason), e.getMessage());
            assertTrue(e.getMessage().startsWith(file.toString() + ":" + e.line()), e.getMessage());
        }

        @Test
        void duplicateFactIdsAcrossFilesNameTheFirstPlace(@TempDir Path dir) throws IOException {
            copyKnowledge(dir);
            Path original = dir.resolve("articles/000-interregional-year-2019.yaml");
            Files.writeString(dir.resolve("articles/zzz-copy.yaml"), Files.readString(original).replace("id: rm-", "id: copy-rm-"));
            InvalidFileException e = assertThrows(InvalidFileException.class, () -> KnowledgeLoader.load(dir));
            assertTrue(e.getMessage().contains("is already used at " + original), e.getMessage());
        }
    }

    @Nested
    class PageFurniture {
        @Test
        void theShippedFurnitureIsReadWithEveryLanguage() {
            KnowledgeBase kb = KnowledgeLoader.load(Path.of("knowledge"));
            assertFalse(kb.furniture().isEmpty());
            assertTrue(kb.furniture().stream().allMatch(f -> java.util.Arrays.stream(Lang.values()).noneMatch(l -> f.phrases(l).isEmpty())));
            assertTrue(kb.furniture().stream().anyMatch(f -> f.kind().equals("teaser") && f.phrases(Lang.EN).contains("Gulf of Aden")));
        }

        static java.util.stream.Stream<Arguments> brokenFurniture() {
            String phrases = "    en: [naval drills]\n    ru: [учения]\n    ja: [演習]\n";
            return java.util.stream.Stream.of(
                    Arguments.of("a source no article has", "  - source: no-such-source\n    kind: teaser\n" + phrases,
                            "furniture of source 'no-such-source', which no article file has"),
                    Arguments.of("a kind of no furniture", "  - source: rm-2019-interregional-year\n    kind: banner\n" + phrases,
                            "furniture kind 'banner' is none of [ad, photo, teaser, widget]"),
                    Arguments.of("a language without phrases", "  - source: rm-2019-interregional-year\n    kind: ad\n    en: [naval drills]\n    ru: [учения]\n",
                            "needs the phrases naming it in ja"),
                    Arguments.of("a misspelt key", "  - source: rm-2019-interregional-year\n    kind: ad\n    fr: [x]\n" + phrases, "unknown key 'fr'"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("brokenFurniture")
        void aBrokenItemFailsNamingFileLineAndReason(String what, String items, String reason, @TempDir Path dir) throws IOException {
            copyKnowledge(dir);
            Path file = dir.resolve("furniture.yaml");
            Files.writeString(file, "# furniture\nfurniture:\n" + items);
            InvalidFileException e = assertThrows(InvalidFileException.class, () -> KnowledgeLoader.load(dir));
            assertEquals(file, e.file());
            assertTrue(e.line() >= 3, what + ": expected the item's line, got " + e.line());
            assertTrue(e.getMessage().contains(reason), e.getMessage());
        }

        @Test
        void noFurnitureFileIsNoFurniture(@TempDir Path dir) throws IOException {
            copyKnowledge(dir);
            Files.deleteIfExists(dir.resolve("furniture.yaml"));
            assertTrue(KnowledgeLoader.load(dir).furniture().isEmpty());
        }
    }

    @Nested
    class ABrokenEntityCard {
        static Stream<Arguments> brokenCards() {
            return Stream.of(
                    Arguments.of("a card citing an unknown article", "    sources: [no-such-article]\n", "unknown source 'no-such-article'"),
                    Arguments.of("a description lacking a language",
                            "    description: {en: \"A test person.\", ru: \"Тестовое лицо.\"}\n    sources: [rm-2019-interregional-year]\n",
                            "lacks its ja text"),
                    Arguments.of("a description in the wrong script",
                            "    description: {en: \"A test person.\", ru: \"A test person.\", ja: \"テスト\"}\n    sources: [rm-2019-interregional-year]\n",
                            "not written in Cyrillic"),
                    Arguments.of("a description citing nothing", "    description: {en: \"A test person.\", ru: \"Тест.\", ja: \"テスト\"}\n",
                            "a description needs 'sources'"),
                    Arguments.of("a post lacking a language", "    post: {en: \"Test minister\", ja: \"テスト相\"}\n", "lacks its ru text"),
                    Arguments.of("a post in the wrong script", "    post: {en: \"Test minister\", ru: \"Тестовый министр\", ja: \"Test\"}\n",
                            "not written in Japanese"),
                    Arguments.of("a position of an unknown country", "    roles:\n      - {title: minister, of: atlantis}\n",
                            "unknown entity 'atlantis'"),
                    Arguments.of("an unknown kind of place", "    place_type: continent\n", "unknown value 'continent'"),
                    Arguments.of("held ending before it begins", "    held: {from: 2019, to: 2018}\n", "'held' ends in 2018, before it begins in 2019"),
                    Arguments.of("held in no year", "    held: {from: soon}\n", "soon"),
                    Arguments.of("unnamed neither true nor false", "    unnamed: maybe\n", "expected true or false but got 'maybe'"),
                    Arguments.of("a purpose naming no fact", "    purpose: [no-such-fact]\n", "purpose of 'test-person' names 'no-such-fact', which is no fact"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("brokenCards")
        void failsNamingFileLineAndReason(String what, String card, String reason, @TempDir Path dir) throws IOException {
            copyKnowledge(dir);
            Path aliases = dir.resolve("aliases.yaml");
            String text = Files.readString(aliases);
            int lines = (int) text.lines().count();
            Files.writeString(aliases, text.stripTrailing() + "\n\n  - id: test-person\n    kind: person\n    en: [Test Person]\n"
                    + "    ru: [Тестовое Лицо]\n    ja: [テスト人物]\n" + card);
            InvalidFileException e = assertThrows(InvalidFileException.class, () -> KnowledgeLoader.load(dir));
            assertEquals(aliases, e.file());
            assertTrue(e.line() > lines, what + ": expected a line inside the new card, got " + e.line());
            assertTrue(e.getMessage().contains(reason), e.getMessage());
        }
    }

    @Test
    void aPostOfSomethingNotAPersonFailsNamingItsLine(@TempDir Path dir) throws IOException {
        copyKnowledge(dir);
        Path aliases = dir.resolve("aliases.yaml");
        String text = Files.readString(aliases);
        int lines = (int) text.lines().count();
        Files.writeString(aliases, text.stripTrailing() + "\n\n  - id: test-fund\n    kind: organisation\n    en: [Test Fund]\n"
                + "    ru: [Тестовый фонд]\n    ja: [テスト基金]\n    post: {en: \"Fund\", ru: \"Фонд\", ja: \"基金\"}\n");
        InvalidFileException e = assertThrows(InvalidFileException.class, () -> KnowledgeLoader.load(dir));
        assertTrue(e.line() > lines, "expected the line of the post, got " + e.line());
        assertTrue(e.getMessage().contains("'post' is for people, and 'test-fund' is of kind organisation"), e.getMessage());
    }

    @Nested
    class ANameCutAtItsComma {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
                "the role holds both with their comma|role: Ministry of Culture, Sport and Tourism|en: [Ministry of Culture, Sport and Tourism, MCST]|ru: [Минкультуры]|'Ministry of Culture' and 'Sport and Tourism' as two en names",
                "the role holds them in the middle|role: Japan's Ministry of Culture, Sport and Tourism of 2019|en: [MCST, Ministry of Culture, Sport and Tourism]|ru: [Минкультуры]|'Ministry of Culture' and 'Sport and Tourism' as two en names",
        })
        void failsNamingTheNamesAndTheirLine(String what, String role, String en, String ru, String reason, @TempDir Path dir) throws IOException {
            copyKnowledge(dir);
            Path aliases = dir.resolve("aliases.yaml");
            String text = Files.readString(aliases);
            int lines = (int) text.lines().count();
            Files.writeString(aliases, text.stripTrailing() + "\n\n  - id: test-ministry\n    kind: organisation\n    " + role + "\n    " + en
                    + "\n    " + ru + "\n    ja: [テスト省]\n");
            InvalidFileException e = assertThrows(InvalidFileException.class, () -> KnowledgeLoader.load(dir));
            assertEquals(aliases, e.file());
            assertTrue(e.line() > lines, what + ": expected the entity's line, got " + e.line());
            assertTrue(e.getMessage().contains(reason), e.getMessage());
        }

        @Test
        void aQuotedNameWithItsCommaLoads(@TempDir Path dir) throws IOException {
            copyKnowledge(dir);
            Path aliases = dir.resolve("aliases.yaml");
            Files.writeString(aliases, Files.readString(aliases).stripTrailing() + "\n\n  - id: test-ministry\n    kind: organisation\n"
                    + "    role: Ministry of Culture, Sport and Tourism\n    en: [\"Ministry of Culture, Sport and Tourism\", MCST]\n"
                    + "    ru: [\"Министерство культуры, спорта и туризма\"]\n    ja: [テスト省]\n");
            Entity ministry = KnowledgeLoader.load(dir).entities().stream().filter(e -> e.id().equals("test-ministry")).findFirst().orElseThrow();
            assertEquals(List.of("Ministry of Culture, Sport and Tourism", "MCST"), ministry.names().get(Lang.EN));
        }
    }

    @Nested
    class TheShippedSlotsAndCards {
        private final KnowledgeBase kb = KnowledgeLoader.load(Path.of("knowledge"));

        @Test
        void everyCuratedFactHasSlotsAndEveryEntityACardInThreeLanguages() {
            kb.facts().forEach(f -> assertFalse(f.slots().isEmpty(), f.id() + " has no slots"));
            for (Entity e : kb.entities()) {
                for (Lang lang : Lang.values()) {
                    assertTrue(e.card().description(lang).isPresent(), e.id() + " has no " + lang + " description");
                }
            }
        }

        @Test
        void separatesTheEventDateFromTheReportDate() {
            Fact proposal = kb.fact("coop19-plan-proposed-2016").orElseThrow();
            assertEquals(2016, proposal.date().orElseThrow().year());
            assertEquals(2019, proposal.slots().reported().orElseThrow().year());
            assertEquals(List.of("abe"), proposal.slots().actors(Slots.Actor.Part.PROPOSER));
        }

        @Test
        void everyQuantityIsWrittenAsItsFactSaysIt() {
            for (Fact fact : kb.facts()) {
                for (Slots.Quantity q : fact.slots().quantities()) {
                    for (Lang lang : Lang.values()) {
                        String text = fact.text(lang).replace('\u00a0', ' ');
                        assertTrue(text.contains(q.value(lang).replace('\u00a0', ' ')), fact.id() + " " + lang + ": '" + q.value(lang) + "'");
                    }
                }
            }
        }

        @Test
        void readsTheMeetingAFactHappenedAt() {
            Fact meeting = kb.fact("iy21-subcommittee-meeting").orElseThrow();
            assertTrue(meeting.slots().occasion(Lang.RU).orElseThrow().startsWith("На заседании подкомиссии"));
            assertTrue(meeting.slots().occasion(Lang.JA).orElseThrow().contains("分科会"));
            assertTrue(kb.fact("iy21-extended-one-year").orElseThrow().slots().occasion(Lang.EN).isEmpty());
        }

        @Test
        void placesAreAtTheirGranularity() {
            assertEquals(EntityCard.PlaceType.CITY, kb.entity("osaka").orElseThrow().card().placeType().orElseThrow());
            assertEquals(EntityCard.PlaceType.COUNTRY, kb.entity("japan").orElseThrow().card().placeType().orElseThrow());
            assertTrue(kb.within("osaka", "japan"));
            assertFalse(kb.within("japan", "osaka"));
            assertFalse(kb.within("osaka", "russia"));
        }
    }

    static void copyKnowledge(Path target) throws IOException {
        Path source = Path.of("knowledge");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : files.toList()) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
    }
}
