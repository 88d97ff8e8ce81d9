package org.rujp.bot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What ingestion reads from a passage: dates resolved against the article date, amounts with units, names, parts, places. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlotExtractorTest {
    /** A Wednesday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 11, 25);

    private SlotExtractor extractor;

    @BeforeAll
    void setUp() {
        extractor = new SlotExtractor(KnowledgeLoader.load(Path.of("knowledge")).entities());
    }

    private PassageSlots read(Lang lang, String passage) {
        return read(lang, passage, "Example Wire");
    }

    private PassageSlots read(Lang lang, String passage, String publisher) {
        IngestedArticle article = new IngestedArticle("ing-test", "test.txt", "", "0".repeat(64), Instant.EPOCH, "Headline",
                PUBLISHED, "", "", publisher, lang.code(), List.of(), List.of(passage));
        return extractor.read(article).slotsOf(0);
    }

    private List<String> resolved(PassageSlots slots) {
        return slots.dates().stream().map(d -> d.text() + "=" + d.resolved()).toList();
    }

    @Nested
    class Dates {
        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
                "The minister said on Monday that talks would go on.|2026-11-23",
                "The talks took place on Wednesday in the capital.|2026-11-25",
                "The festival drew record crowds last year, officials said.|2025",
                "The agreement was signed in late November after long talks.|2026-11",
                "The first ferry will sail next January from the port.|2027-01",
                "The delegation arrived yesterday and met the governor.|2026-11-24",
                "The fair was first held in 2019 as a small market.|2019",
                "The memorandum was signed on 22 October 2025 in the city.|2025-10-22",
                "The forum opened on November 20 with a concert.|2026-11-20",
                "The project started two years ago with a grant.|2024",
                "The museum will reopen next month after repairs.|2026-12",
                "The orchestra will tour the island in May next year.|2027-05",
                "The talks were held in early March last year in the capital.|2025-03",
        })
        void englishDatesResolveAgainstThePublicationDate(String passage, String expected) {
            assertEquals(expected, read(Lang.EN, passage).date(), resolved(read(Lang.EN, passage)).toString());
        }

        @Test
        void aDateTheTextLeavesOpenIsKeptRelative() {
            PassageSlots slots = read(Lang.EN, "The two cities recently agreed to swap exhibitions, and more visits will follow soon.");
            assertEquals("", slots.date());
            assertEquals(List.of("recently=", "soon="), resolved(slots));
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
                "Министр заявил в понедельник, что переговоры продолжатся.|2026-11-23",
                "Фестиваль прошёл в прошлом году и собрал много гостей.|2025",
                "Соглашение подписали 22 ноября в Хабаровске.|2026-11-22",
                "Выставка откроется в конце января 2027 года.|2027-01",
                "Паром впервые вышел в рейс в 2019 году.|2019",
        })
        void russianDates(String passage, String expected) {
            assertEquals(expected, read(Lang.RU, passage).date(), resolved(read(Lang.RU, passage)).toString());
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
                "大臣は月曜日に交渉を続けると述べた。|2026-11-23",
                "祭りは昨年、多くの観客を集めた。|2025",
                "協定は１１月２２日に署名された。|2026-11-22",
                "展覧会は2027年1月に開かれる。|2027-01",
        })
        void japaneseDates(String passage, String expected) {
            assertEquals(expected, read(Lang.JA, passage).date(), resolved(read(Lang.JA, passage)).toString());
        }
    }

    @Nested
    class Amounts {
        @ParameterizedTest(name = "{1}: {2} {3}")
        @CsvSource(delimiter = '|', value = {
                "EN|A ticket to the concert costs 38,000 yen at the box office.|38,000 yen|JPY",
                "EN|Exports grew by 17% in the first half of the year.|17%|PERCENT",
                "EN|The fund will invest $3 billion in ports and roads.|$3 billion|USD",
                "EN|The festival drew 18,400 visitors over four days.|18,400 visitors|COUNT",
                "EN|The company will spend 120 million roubles on a new terminal.|120 million roubles|RUB",
                "RU|Билет на концерт стоит 38 000 иен в кассе театра.|38 000 иен|JPY",
                "RU|Товарооборот вырос на 17% за первое полугодие.|17%|PERCENT",
                "RU|Паром сможет принять около 430 пассажиров за рейс.|около 430 пассажиров|COUNT",
                "JA|コンサートのチケットは3万8000円で販売される。|3万8000円|JPY",
                "JA|基金は港湾に30億ドルを投資する。|30億ドル|USD",
                "JA|輸出は17％増えた。|17%|PERCENT",
        })
        void anAmountKeepsItsUnitAndCurrency(Lang lang, String passage, String value, Slots.Quantity.Unit unit) {
            PassageSlots slots = read(lang, passage);
            assertEquals(1, slots.quantities().size(), slots.quantities().toString());
            PassageSlots.Amount amount = slots.quantities().get(0);
            assertEquals(unit, amount.unit());
            String written = value.replace("18,400 visitors", "18,400").replace("около 430 пассажиров", "около 430");
            assertEquals(written, amount.value());
            assertTrue(!amount.counts().isEmpty(), "what it counts: " + amount);
        }

        @Test
        void yearsDayNumbersAndOrdinalsAreNoAmounts() {
            PassageSlots slots = read(Lang.EN, "The 4th forum, first held in 2019, opened on 22 October 2025 in Osaka.");
            assertEquals(List.of(), slots.quantities());
        }

        @Test
        void whatAnAmountCountsIncludesTheWordsBesideIt() {
            PassageSlots.Amount amount = read(Lang.EN, "A ticket to the opening concert costs 38,000 yen.").quantities().get(0);
            assertTrue(amount.counts().containsAll(List.of("yen", "ticket", "costs")), amount.counts().toString());
        }
    }

    @Nested
    class Names {
        @Test
        void knownEntitiesAreFoundByTheirAliasesAndPlacesBecomePlaces() {
            PassageSlots slots = read(Lang.EN, "Vladimir Putin met Shinzo Abe in Vladivostok, where they agreed on new flights.");
            assertTrue(slots.entities().containsAll(List.of("putin", "abe", "vladivostok")), slots.entities().toString());
            assertEquals(List.of("vladivostok"), slots.places());
            assertTrue(slots.actors().contains(new Slots.Actor("putin", Slots.Actor.Part.PARTICIPANT)), slots.actors().toString());
        }

        @Test
        void aRussianNameIsFoundWithItsCaseEnding() {
            PassageSlots slots = read(Lang.RU, "По словам Путина, переговоры во Владивостоке прошли успешно.");
            assertTrue(slots.entities().contains("putin"), slots.entities().toString());
            assertEquals(new Slots.Actor("putin", Slots.Actor.Part.SPEAKER), slots.actors().get(0));
        }

        @Test
        void aNewPersonWithATitleIsANewNameWithThatRoleAndTheSpeakerPart() {
            IngestedArticle article = extractor.read(new IngestedArticle("ing-test", "t.txt", "", "0".repeat(64), Instant.EPOCH, "H",
                    PUBLISHED, "", "", "Example Wire", "en", List.of(),
                    List.of("Culture Minister Haruto Sakamoto announced on Monday that the Sapporo Symphony Orchestra will tour.")));
            NewName sakamoto = article.names().get(0);
            assertEquals(new NewName("ing-person-haruto-sakamoto", Entity.Kind.PERSON, "Haruto Sakamoto", "Culture Minister", Lang.EN),
                    sakamoto);
            assertEquals(List.of(new Slots.Actor("ing-person-haruto-sakamoto", Slots.Actor.Part.SPEAKER),
                    new Slots.Actor("ing-org-sapporo-symphony-orchestra", Slots.Actor.Part.PARTICIPANT)), article.slotsOf(0).actors());
        }

        @Test
        void aTitleInAppositionGivesTheRole() {
            IngestedArticle article = extractor.read(new IngestedArticle("ing-test", "t.txt", "", "0".repeat(64), Instant.EPOCH, "H",
                    PUBLISHED, "", "", "Example Wire", "en", List.of(),
                    List.of("Anna Volkova, the director of the Khabarovsk museum of arts, said the exhibition would travel to Niigata.")));
            assertEquals("Anna Volkova", article.names().get(0).name());
            assertEquals("director of the Khabarovsk", article.names().get(0).role().substring(0, 26));
        }

        @Test
        void capitalisedWordsThatAreNoNamesStayOut() {
            IngestedArticle article = extractor.read(new IngestedArticle("ing-test", "t.txt", "", "0".repeat(64), Instant.EPOCH, "H",
                    PUBLISHED, "", "", "Example Wire", "en", List.of(),
                    List.of("On Monday Russian And Japanese officials met. The President said nothing, and the Minister Of Culture left.")));
            assertEquals(List.of(), article.names());
        }

        @Test
        void aRussianNameAfterATitleIsANewPersonAndItsVerbItsPart() {
            IngestedArticle article = extractor.read(new IngestedArticle("ing-test", "t.txt", "", "0".repeat(64), Instant.EPOCH, "H",
                    PUBLISHED, "", "", "Example Wire", "ru", List.of(),
                    List.of("Министр культуры Сахалинской области Иван Петров заявил в понедельник, что гастроли пройдут в марте.")));
            NewName petrov = article.names().get(0);
            assertEquals("Иван Петров", petrov.name());
            assertEquals("Министр культуры Сахалинской области", petrov.role());
            assertEquals(List.of(new Slots.Actor(petrov.id(), Slots.Actor.Part.SPEAKER)), article.slotsOf(0).actors());
            assertEquals("2026-11-23", article.slotsOf(0).date());
        }

        @Test
        void thePublisherIsTheReporter() {
            PassageSlots slots = read(Lang.EN, "TASS reported that the forum would open in Vladivostok.", "TASS");
            assertEquals(List.of("tass"), slots.actors().stream().filter(a -> a.part() == Slots.Actor.Part.REPORTER).map(Slots.Actor::entity).toList());
        }
    }
}
