package org.rujp.bot.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.rujp.bot.BotException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests raw article files into {@link IngestedArticles}; safe to re-run.
 *
 * <ol>
 *   <li>the files come from {@link ArticleFiles}: named files as given, directories walked without
 *       project documents (README, LICENSE, ...) and hidden files;</li>
 *   <li>refuse a file over {@link #MAX_FILE_BYTES} (a dump or a log is not a news article, and would
 *       make every later index build crawl), and parse the rest ({@link ArticleParser}); a file that
 *       fails is reported and the run goes on; a file a directory walk found that holds no article at
 *       all is skipped;</li>
 *   <li>an article the curated knowledge already holds ({@link CuratedArticles}) is skipped, and a copy of
 *       it stored before from a file of the same name is removed, so no fact is cited twice;</li>
 *   <li>compare with the stored article of the same source id: identical is "unchanged" and nothing
 *       is written, different is "replaced", none is "added";</li>
 *   <li>a new article that one stored under another file name, or taken earlier in the run, already is
 *       ({@link IngestedDuplicates}: same headline and publication date, or the same passages) is skipped,
 *       naming that article, so no passage is stored and cited twice;</li>
 *   <li>read each passage's slots: dates, amounts, names, places ({@link SlotExtractor});</li>
 *   <li>store it, unless this is a dry run.</li>
 * </ol>
 */
public final class ArticleIngester {
    private static final Logger log = LoggerFactory.getLogger(ArticleIngester.class);
    /** The largest raw file taken by default ({@code ingest.max_article_mb}): a saved news page with its markup is well under 1 MB. */
    public static final long MAX_FILE_BYTES = 4L << 20;

    private final IngestedArticles store;
    private final CuratedArticles curated;
    private final ArticleParser parser;
    private final Clock clock;
    private final boolean dryRun;
    private final long maxBytes;
    private final SlotExtractor slots;

    public ArticleIngester(IngestedArticles store, CuratedArticles curated, IngestOptions options, Clock clock, boolean dryRun) {
        this(store, curated, options, clock, dryRun, MAX_FILE_BYTES);
    }

    /** @param maxBytes a raw file larger than this is refused ({@code ingest.max_article_mb}) */
    public ArticleIngester(IngestedArticles store, CuratedArticles curated, IngestOptions options, Clock clock, boolean dryRun,
                           long maxBytes) {
        this(store, curated, options, clock, dryRun, maxBytes, new SlotExtractor(java.util.List.of()));
    }

    /** @param slots reads each passage's slots, knowing the entities of the alias table */
    public ArticleIngester(IngestedArticles store, CuratedArticles curated, IngestOptions options, Clock clock, boolean dryRun,
                           long maxBytes, SlotExtractor slots) {
        this.slots = slots;
        this.store = store;
        this.curated = curated;
        this.parser = new ArticleParser(options);
        this.clock = clock;
        this.dryRun = dryRun;
        this.maxBytes = maxBytes;
    }

    /** Ingests the files one by one, telling {@code progress} after each; never throws for one bad file. */
    public List<IngestOutcome> ingest(List<ArticleFile> files, Consumer<IngestOutcome> progress) {
        List<IngestOutcome> outcomes = new ArrayList<>();
        Map<String, Path> seen = new HashMap<>();
        IngestedDuplicates ingested = IngestedDuplicates.of(store);
        for (ArticleFile file : files) {
            IngestOutcome outcome = ingestOne(file, seen, ingested);
            log.debug("Ingest {}: {}", file.path(), outcome.status());
            outcomes.add(outcome);
            progress.accept(outcome);
        }
        return outcomes;
    }

    private IngestOutcome ingestOne(ArticleFile candidate, Map<String, Path> seen, IngestedDuplicates ingested) {
        Path file = candidate.path();
        try {
            String sourceId = ArticleParser.sourceId(file);
            Path other = seen.putIfAbsent(sourceId, file);
            if (other != null) {
                return new IngestOutcome.Failed(file, file + ": has the same source id '" + sourceId + "' as " + other
                        + " (ids come from file names); rename one of them");
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                return new IngestOutcome.Failed(file, file + ": is " + size / (1 << 20) + " MB; articles larger than "
                        + maxBytes / (1 << 20) + " MB are refused (ingest.max_article_mb)");
            }
            byte[] bytes = Files.readAllBytes(file);
            ArticleParser.Parsed parsed = parser.parse(file, bytes, clock.instant());
            IngestedArticle article = slots.read(parsed.article());
            Optional<CuratedArticles.Match> inCurated = curated.find(article);
            if (inCurated.isPresent()) {
                return skipCurated(file, article.sourceId(), inCurated.get());
            }
            Optional<IngestedArticle> stored = storedVersion(article.sourceId());
            boolean existed = stored.isPresent() || Files.exists(store.fileOf(article.sourceId()));
            if (!existed) {
                Optional<IngestedDuplicates.Match> duplicate = ingested.find(article);
                if (duplicate.isPresent()) {
                    return new IngestOutcome.Skipped(file, duplicate.get().describe());
                }
            }
            if (stored.isPresent() && stored.get().sameContent(article)) {
                ingested.taken(stored.get());
                return new IngestOutcome.Unchanged(file, stored.get(), parsed.removals());
            }
            if (!dryRun) {
                store.save(article);
            }
            ingested.taken(article);
            return existed
                    ? new IngestOutcome.Replaced(file, article, parsed.removals(), stored.map(IngestedArticle::path).orElse(""))
                    : new IngestOutcome.Added(file, article, parsed.removals());
        } catch (NotAnArticleException e) {
            return candidate.named() ? new IngestOutcome.Failed(file, e.getMessage())
                    : new IngestOutcome.Skipped(file, "not an article: " + e.reason());
        } catch (BotException e) {
            return new IngestOutcome.Failed(file, e.getMessage());
        } catch (IOException e) {
            return new IngestOutcome.Failed(file, file + ": cannot be read: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            return new IngestOutcome.Failed(file, file + ": " + e.getMessage());
        }
    }

    /** Skips an article the curated knowledge holds; removes a copy stored before, which would be cited twice. */
    private IngestOutcome skipCurated(Path file, String sourceId, CuratedArticles.Match match) {
        if (!Files.exists(store.fileOf(sourceId))) {
            return new IngestOutcome.Skipped(file, match.describe());
        }
        if (!dryRun) {
            store.delete(sourceId);
            log.info("Removed ingested article {}: {} is {}", sourceId, file, match.describe());
        }
        return new IngestOutcome.Skipped(file, match.describe() + "; " + (dryRun ? "would remove" : "removed")
                + " the copy ingested before as " + sourceId, sourceId);
    }

    /** The stored article; an unreadable stored copy is logged and rewritten from the raw file. */
    private Optional<IngestedArticle> storedVersion(String sourceId) {
        try {
            return store.find(sourceId);
        } catch (BotException e) {
            log.warn("Stored article {} is unreadable and will be rewritten: {}", sourceId, e.getMessage());
            return Optional.empty();
        }
    }
}
