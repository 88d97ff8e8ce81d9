package org.rujp.bot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rujp.bot.App;
import org.rujp.bot.TestBots;
import org.slf4j.LoggerFactory;

/**
 * A copy of a curated article ingested before its curated file was written is still in the data
 * directory: the bot started on it answers from the curated facts alone and warns once, naming the
 * stored file and the curated source, and deletes nothing.
 */
class CuratedCopyAtStartUpTest {
    @TempDir
    Path raw;
    @TempDir
    Path data;

    @Test
    void theBotLeavesTheStoredCopyOutAndWarnsOnce() throws IOException {
        IngestedArticles store = IngestedArticles.in(data);
        Path page = Files.copy(Fixtures.SHARED_ARTICLES.resolve("001_2a775db45f4373d4.txt"), raw.resolve("extended.txt"));
        List<ArticleFile> files = ArticleFiles.find(List.of(page), new ArrayList<>());
        List<IngestOutcome> outcomes = new ArticleIngester(store, CuratedArticles.none(), IngestOptions.none(), Clock.systemUTC(), false)
                .ingest(files, o -> { });
        assertEquals(List.of("added"), outcomes.stream().map(IngestOutcome::status).toList());
        Path json = store.fileOf("ing-extended");

        Logger logger = (Logger) LoggerFactory.getLogger(IngestedArticles.class);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        logger.addAppender(logs);
        App app;
        try {
            app = TestBots.app(data);
        } finally {
            logger.detachAppender(logs);
        }

        assertTrue(app.knowledge().sources().stream().noneMatch(s -> s.origin() == Source.Origin.INGESTED),
                "the stored copy is not searchable");
        assertTrue(app.knowledge().facts().stream().noneMatch(f -> f.kind() == Fact.Kind.PASSAGE));
        List<String> warnings = logs.list.stream().filter(e -> e.getLevel() == Level.WARN).map(ILoggingEvent::getFormattedMessage).toList();
        assertEquals(List.of("Ingested article " + json + " is left out: already in the curated knowledge as source "
                + "rm-2021-interregional-year-extended (" + Path.of("knowledge", "articles", "001-interregional-year-extended-2021.yaml")
                + "): same headline and publication date; delete it"), warnings);
        assertTrue(Files.exists(json), "nothing is deleted at start-up");
    }
}
