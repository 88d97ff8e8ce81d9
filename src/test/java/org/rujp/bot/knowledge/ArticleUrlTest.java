package org.rujp.bot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rujp.bot.InvalidFileException;

/** The article's address: the HTML's canonical link, else og:url, else a URL line of a text page; --url overrides. */
class ArticleUrlTest {
    private static final String BODY = "<article><h1>Ferry fares cut</h1><p>The ferry operator between Wakkanai and Korsakov will cut fares "
            + "for students by a third from next April, its president said on Tuesday, and add a second ship in summer.</p></article>";

    private static IngestedArticle parse(String name, String content, IngestOptions options) {
        return new ArticleParser(options).parse(Path.of(name), content.getBytes(StandardCharsets.UTF_8), Instant.EPOCH).article();
    }

    private static String page(String head) {
        return "<html><head>" + head + "<meta property=\"og:site_name\" content=\"Example Wire\">"
                + "<meta property=\"article:published_time\" content=\"2026-10-14T08:30:00+09:00\"></head><body>" + BODY + "</body></html>";
    }

    @Test
    void theCanonicalLinkWinsOverOgUrl() {
        IngestedArticle a = parse("fares.html", page("<link rel=\"canonical\" href=\"https://example.org/a\">"
                + "<meta property=\"og:url\" content=\"https://example.org/amp/a\">"), IngestOptions.none());
        assertEquals("https://example.org/a", a.url());
        assertEquals("https://example.org/a", a.toSource().url());
    }

    @Test
    void ogUrlServesWhenThereIsNoCanonicalLink() {
        IngestedArticle a = parse("fares.html", page("<meta property=\"og:url\" content=\"https://example.org/amp/a\">"), IngestOptions.none());
        assertEquals("https://example.org/amp/a", a.url());
    }

    @Test
    void aRelativeOrNonWebAddressIsNoUrl() {
        IngestedArticle a = parse("fares.html", page("<link rel=\"canonical\" href=\"/news/a\"><meta property=\"og:url\" content=\"javascript:x\">"),
                IngestOptions.none());
        assertEquals("", a.url());
    }

    @Test
    void urlGivenOnTheCommandLineOverridesThePage() {
        IngestOptions options = new IngestOptions(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("https://example.org/given"));
        IngestedArticle a = parse("fares.html", page("<link rel=\"canonical\" href=\"https://example.org/a\">"), options);
        assertEquals("https://example.org/given", a.url());
    }

    @Test
    void aUrlOptionThatIsNoWebAddressIsRefusedNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new IngestOptions(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("example.org/a")));
        assertTrue(e.getMessage().contains("--url 'example.org/a' is not an http or https address"), e.getMessage());
    }

    @Test
    void aTextPagesUrlLineIsItsUrlAndNoPassage() {
        IngestedArticle a = parse("fares.txt", """
                Ferry fares cut

                14.10.2026

                Source: https://example.org/economy/fares

                The ferry operator between Wakkanai and Korsakov will cut fares for students by a third from next April, its \
                president said on Tuesday, and add a second ship in summer.

                Example Wire
                """, IngestOptions.none());
        assertEquals("https://example.org/economy/fares", a.url());
        assertTrue(a.passages().stream().noneMatch(p -> p.contains("https://")), a.passages().toString());
    }

    @Test
    void brokenHtmlWithoutADateFailsNamingTheFileAndWhatIsMissing() {
        String broken = "<html><head><title>Ferry fares cut<body><div><p>The ferry operator between Wakkanai and Korsakov will cut "
                + "fares for students by a third, its president said, and add a second ship in summer.<div><p>Example Wire";
        InvalidFileException e = assertThrows(InvalidFileException.class, () -> parse("broken.html", broken, IngestOptions.none()));
        assertTrue(e.getMessage().contains("broken.html") && e.getMessage().contains("no publication date found"), e.getMessage());
    }
}
