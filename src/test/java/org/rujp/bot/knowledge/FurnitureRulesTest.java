package org.rujp.bot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FurnitureRulesTest {
    private static final String PROSE = "The two governments agreed on Tuesday to open a new consulate, officials told reporters in the capital.";
    private static final String MORE_PROSE = "The consulate will issue visas and support exchanges between universities, museums and theatres of both countries.";

    /** Runs the cleaner on the page and tells, per line text, which rule removed it. */
    private static Map<String, String> removedBy(List<String> lines) {
        ArticleCleaner.Cleaned cleaned = ArticleCleaner.standard().clean(new Page(lines), Optional.empty());
        return cleaned.removals().stream().collect(Collectors.toMap(Page.Removal::text, Page.Removal::rule, (a, b) -> a));
    }

    private static ArticleCleaner.Cleaned clean(String... lines) {
        return ArticleCleaner.standard().clean(new Page(List.of(lines)), Optional.empty());
    }

    static Stream<Arguments> furnitureLines() {
        return Stream.of(
                Arguments.of("All news", "navigation"),
                Arguments.of("Все новости", "navigation"),
                Arguments.of("Select language:", "navigation"),
                Arguments.of("English | Русский | 日本語", "language-picker"),
                Arguments.of("Выберите язык: English Русский", "language-picker"),
                Arguments.of("Updated at:\u00a0", "updated-stamp"),
                Arguments.of("Обновлено: 12:40", "updated-stamp"),
                Arguments.of("\u00a0/\u00a0Главная\u00a0/\u00a0Some Foundation\u00a0/\u00a0News\u00a0/\u00a0A headline", "breadcrumbs"),
                Arguments.of("Home > World > Asia", "breadcrumbs"),
                Arguments.of("Photo credit: kremlin.ru", "photo-credit"),
                Arguments.of("© Ivan Ivanov/Agency", "photo-credit"),
                Arguments.of("Фото: пресс-служба порта", "photo-credit"),
                Arguments.of("Anna Petrova/Example Wire", "photo-credit"),
                Arguments.of("READ MORE:\u00a0Ferries resume between two ports", "read-more"),
                Arguments.of("Читайте также: Новости культуры", "read-more"),
                Arguments.of("Leave a Reply", "comment-form"),
                Arguments.of("Your email address will not be published. Required fields are marked *", "comment-form"),
                Arguments.of("light rain", "weather-widget"),
                Arguments.of("  \u2022 sky is clear", "weather-widget"),
                Arguments.of("\u2022 HI/LO: 22/13", "weather-widget"),
                Arguments.of("\u2022 Clouds: 100%", "weather-widget"),
                Arguments.of("\u2022 Wind: 4.46 m/s", "weather-widget"),
                Arguments.of("\u2022 Humidity: 54%", "weather-widget"),
                Arguments.of("\u2022 Pressure: 1010hPa", "weather-widget"),
                Arguments.of("-12 \u00b0C", "weather-widget"),
                Arguments.of("\u2022", "symbols-only"),
                Arguments.of("Web design Tver, Smart home Tver, Sushi delivery, Taxi Tver - Partners", "link-list"));
    }

    @ParameterizedTest(name = "{1}: \"{0}\"")
    @MethodSource("furnitureLines")
    void removesAFurnitureLineWithItsNamedRule(String line, String rule) {
        // given an article with the furniture line between two body paragraphs
        List<String> lines = List.of("A headline", "", PROSE, "", line, "", MORE_PROSE);
        // when it is cleaned
        Map<String, String> removed = removedBy(lines);
        // then that rule removed exactly that line, and the paragraphs stay
        assertEquals(rule, removed.get(Page.normalize(line)), () -> "removals: " + removed);
        assertFalse(removed.containsKey(PROSE));
        assertFalse(removed.containsKey(MORE_PROSE));
    }

    static Stream<String> articleLines() {
        return Stream.of(
                "Light rain did not keep 5,000 visitors from the festival on Saturday, the organisers said.",
                "Putin, Abe, Kono and Lavrov discussed trade, energy, tourism, fishing and culture in Osaka.",
                "The share of Japanese investment in the region grew to 12% in 2019, according to the ministry.",
                "\u201cWe are ready to continue,\u201d the minister said. \u201cThe plan works.\u201d",
                "Wind power, waste processing and greenhouses are among the projects on the islands.",
                "Вклад японских инвесторов превысил 16 млрд долларов, сообщил министр.");
    }

    @ParameterizedTest
    @MethodSource("articleLines")
    void keepsArticleSentencesThatShareWordsWithFurniture(String line) {
        // given a body paragraph that mentions weather, shares or lists
        // when the page is cleaned
        ArticleCleaner.Cleaned cleaned = clean("A headline", "", PROSE, "", line, "", MORE_PROSE);
        // then it stays in the body
        assertTrue(cleaned.body().contains(line), () -> "body: " + cleaned.body());
    }

    @Nested
    class SectionsAfterTheArticle {
        @Test
        void aTeaserHeadingInsideTheBodyRemovesItAndEverythingAfter() {
            ArticleCleaner.Cleaned cleaned = clean("Headline", PROSE, "News by subject", "Publications",
                    "An unrelated story about a museum opening in Kanazawa, with tickets sold out in a day.", "Related posts");
            assertEquals(List.of(PROSE), cleaned.body());
            assertEquals(4, cleaned.removals().stream().filter(r -> r.rule().equals("after-article")).count());
        }

        @Test
        void theSameHeadingAboveTheBodyIsOnlyAMenuItem() {
            ArticleCleaner.Cleaned cleaned = clean("Publications", "Headline", PROSE, MORE_PROSE);
            assertEquals(List.of(PROSE, MORE_PROSE), cleaned.body());
            assertEquals("Headline", cleaned.headline());
        }
    }

    @Nested
    class Advertising {
        @Test
        void anAdLabelRemovesTheLinkBlockAfterItButNotTheNextParagraph() {
            ArticleCleaner.Cleaned cleaned = clean("Headline", PROSE, "Сторонняя реклама", "", "Статьи В",
                    "Окна, Двери, Потолки - Партнёры", "", MORE_PROSE);
            assertEquals(List.of(PROSE, MORE_PROSE), cleaned.body());
            List<String> rules = new ArrayList<>(cleaned.removals().stream().map(Page.Removal::rule).filter(r -> !r.equals("headline")).toList());
            assertEquals(List.of("advertising", "advertising", "advertising"), rules);
        }
    }

    @Nested
    class HeadlinesCaptionsAndSignatures {
        @Test
        void theRepeatedTitleLineIsTheHeadlineAndAllItsCopiesGo() {
            ArticleCleaner.Cleaned cleaned = clean("Select language:", "Talks on ferries resume", "/ Home / News / Talks on ferries resume",
                    "Talks on ferries resume", "01.07.2019", PROSE);
            assertEquals("Talks on ferries resume", cleaned.headline());
            assertEquals(List.of("01.07.2019"), cleaned.header());
            assertEquals(List.of(PROSE), cleaned.body());
        }

        @Test
        void aCaptionPrintedTwiceOnceWithItsCreditIsRemoved() {
            String caption = "The minister (left) and his counterpart before the talks in Tokyo";
            ArticleCleaner.Cleaned cleaned = clean("Headline", "A standfirst", caption + " Ivan Petrov/Agency", caption, PROSE);
            assertEquals(List.of("A standfirst"), cleaned.header());
            assertEquals(2, cleaned.removals().stream().filter(r -> r.rule().equals("photo-caption")).count());
        }

        @Test
        void aShortUnpunctuatedLastLineIsTheSignature() {
            ArticleCleaner.Cleaned cleaned = clean("Headline", PROSE, MORE_PROSE, "Russkiy Mir");
            assertEquals("Russkiy Mir", cleaned.signature());
            assertEquals(List.of(PROSE, MORE_PROSE), cleaned.body());
        }

        @Test
        void aRepeatedBodyParagraphIsKeptOnce() {
            ArticleCleaner.Cleaned cleaned = clean("Headline", PROSE, MORE_PROSE, PROSE);
            assertEquals(List.of(PROSE, MORE_PROSE), cleaned.body());
        }
    }
}
