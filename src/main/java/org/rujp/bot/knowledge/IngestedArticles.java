package org.rujp.bot.knowledge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.rujp.bot.BotException;
import org.rujp.bot.InvalidFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The raw articles ingested into the data directory ({@code DATA_DIR/ingested/<sourceId>.json}), as
 * sources and passages that sit beside the curated facts. Files are written atomically; a corrupt
 * file is an error naming it, never skipped silently.
 */
public final class IngestedArticles {
    private static final Logger log = LoggerFactory.getLogger(IngestedArticles.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private final Path dir;
    /** A stored article larger than this is left out at start-up. */
    private long maxBytes = ArticleIngester.MAX_FILE_BYTES;

    private IngestedArticles(Path dir) {
        this.dir = dir;
    }

    public static IngestedArticles in(Path dataDir) {
        return new IngestedArticles(dataDir.resolve("ingested"));
    }

    /** The store of {@code dataDir}, leaving out at start-up a stored article over {@code maxBytes}. */
    public static IngestedArticles in(Path dataDir, long maxBytes) {
        IngestedArticles store = in(dataDir);
        store.maxBytes = maxBytes;
        return store;
    }

    /**
     * What the bot answers from: the curated knowledge of {@code knowledgeDir} plus the articles ingested into
     * {@code dataDir}, less those the curated knowledge already holds (see {@link #addTo(KnowledgeBase, Supplier)}).
     */
    public static KnowledgeBase load(Path knowledgeDir, Path dataDir) {
        return load(knowledgeDir, dataDir, ArticleIngester.MAX_FILE_BYTES);
    }

    /** As {@link #load(Path, Path)}, with the configured article size limit ({@code ingest.max_article_mb}). */
    public static KnowledgeBase load(Path knowledgeDir, Path dataDir, long maxArticleBytes) {
        return in(dataDir, maxArticleBytes).addTo(KnowledgeLoader.load(knowledgeDir), () -> CuratedArticles.in(knowledgeDir));
    }

    public Path dir() {
        return dir;
    }

    public Path fileOf(String sourceId) {
        return dir.resolve(sourceId + ".json");
    }

    /** Every stored article, ordered by source id. */
    public List<IngestedArticle> all() {
        List<IngestedArticle> articles = new ArrayList<>();
        for (Path file : files()) {
            articles.add(read(file));
        }
        return articles;
    }

    /** Every stored article that can be read, ordered by source id; an unreadable file is logged and left out. */
    List<IngestedArticle> readable() {
        List<IngestedArticle> articles = new ArrayList<>();
        for (Path file : files()) {
            try {
                articles.add(read(file));
            } catch (BotException e) {
                log.warn("Unreadable stored article left out: {}", e.getMessage());
            }
        }
        return articles;
    }

    /**
     * A stored article larger than ingestion now takes ({@code ingest.max_article_mb}), kept from
     * before the limit, is left out with a warning: one such article would make every start build an index
     * of a hundred thousand passages.
     */
    private boolean oversized(Path file) {
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                log.warn("Ingested article {} is left out: it is {} MB, over the {} MB an article may have (ingest.max_article_mb); "
                        + "delete it", file, size / (1 << 20), maxBytes / (1 << 20));
                return true;
            }
            return false;
        } catch (IOException e) {
            return false; // reading it reports the problem
        }
    }

    private List<Path> files() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new InvalidFileException(dir, 0, "cannot be listed: " + e.getMessage(), e);
        }
    }

    /** The stored article with this source id, if any. */
    public Optional<IngestedArticle> find(String sourceId) {
        Path file = fileOf(sourceId);
        return Files.isRegularFile(file) ? Optional.of(read(file)) : Optional.empty();
    }

    public void save(IngestedArticle article) {
        Path file = fileOf(article.sourceId());
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, article.sourceId(), ".tmp");
            Files.write(tmp, JSON.writeValueAsBytes(article));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new InvalidFileException(file, 0, "cannot be written: " + e.getMessage(), e);
        }
    }

    /** Removes the stored article with this source id, if there is one. */
    public void delete(String sourceId) {
        Path file = fileOf(sourceId);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new InvalidFileException(file, 0, "cannot be removed: " + e.getMessage(), e);
        }
    }

    /** The curated knowledge plus every ingested article; the version changes whenever the ingested content does. */
    public KnowledgeBase addTo(KnowledgeBase curated) {
        return addTo(curated, CuratedArticles::none);
    }

    /**
     * The curated knowledge plus every ingested article the curated knowledge does not already hold. A stored
     * article that {@code curatedArticles} finds (ingested before its curated file was written) is left out,
     * with one warning naming its file and the curated source, so the same fact is not cited twice; the file
     * is not deleted. The curated articles are read only when something is stored. A stored article over the
     * ingestion size limit is left out likewise.
     */
    public KnowledgeBase addTo(KnowledgeBase curated, Supplier<CuratedArticles> curatedArticles) {
        List<IngestedArticle> articles = new ArrayList<>();
        List<IngestedArticle> stored = new ArrayList<>();
        for (Path file : files()) {
            if (oversized(file)) {
                continue;
            }
            stored.add(read(file));
        }
        CuratedArticles inCurated = stored.isEmpty() ? CuratedArticles.none() : curatedArticles.get();
        for (IngestedArticle article : stored) {
            Optional<CuratedArticles.Match> match = inCurated.find(article);
            if (match.isPresent()) {
                log.warn("Ingested article {} is left out: {}; delete it", fileOf(article.sourceId()), match.get().describe());
            } else {
                articles.add(article);
            }
        }
        if (articles.isEmpty()) {
            return curated; // same version as the curated knowledge alone, so its index cache fits
        }
        List<Source> sources = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        java.util.Map<String, Entity> names = new java.util.LinkedHashMap<>();
        java.util.Set<String> known = new java.util.HashSet<>();
        curated.entities().forEach(e -> known.add(e.id()));
        for (IngestedArticle article : articles) {
            for (NewName name : article.names()) {
                if (!known.contains(name.id())) {
                    names.putIfAbsent(name.id(), name.toEntity()); // the same new name in two articles is one entity
                }
            }
        }
        known.addAll(names.keySet());
        StringBuilder version = new StringBuilder();
        for (IngestedArticle article : articles) {
            sources.add(article.toSource());
            facts.addAll(article.toFacts(known));
            version.append(article.sourceId()).append(':').append(article.fingerprint()).append('\n');
        }
        try {
            return curated.with(sources, facts, names.values(), Hashes.sha256(version.toString()));
        } catch (IllegalArgumentException e) {
            throw new InvalidFileException(dir, 0, "ingested articles clash with the curated knowledge: " + e.getMessage(), e);
        }
    }

    private static IngestedArticle read(Path file) {
        IngestedArticle article;
        try {
            article = JSON.readValue(file.toFile(), IngestedArticle.class);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InvalidFileException(file, Math.max(line, 0), "is not a valid ingested article: "
                    + e.getOriginalMessage() + "; re-ingest its raw file or delete it", e);
        } catch (IOException e) {
            throw new InvalidFileException(file, 0, "cannot be read: " + e.getMessage(), e);
        }
        if (article == null) {
            throw new InvalidFileException(file, 0, "is empty; re-ingest its raw file or delete it");
        }
        String expected = file.getFileName().toString().replaceFirst("\\.json$", "");
        if (!article.sourceId().equals(expected)) {
            throw new InvalidFileException(file, 0, "holds source id '" + article.sourceId() + "' but is named for '" + expected + "'");
        }
        return article;
    }
}
