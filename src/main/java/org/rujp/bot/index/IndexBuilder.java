package org.rujp.bot.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import org.rujp.bot.InvalidFileException;
import org.rujp.bot.Progress;
import org.rujp.bot.knowledge.Entity;
import org.rujp.bot.knowledge.Fact;
import org.rujp.bot.knowledge.Hashes;
import org.rujp.bot.knowledge.KnowledgeBase;
import org.rujp.bot.knowledge.Lang;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the dense index, or loads it from the on-disk cache under {@code DATA_DIR/index/} when the
 * knowledge, the ingested articles, the model and the indexing recipe are unchanged (content hashes).
 * A corrupt cache file is reported, discarded and rebuilt; it never stops the bot.
 */
public final class IndexBuilder {
    /** Bump when {@link #entries} changes what is embedded. */
    static final String RECIPE = "entries-v4";
    private static final Logger log = LoggerFactory.getLogger(IndexBuilder.class);

    private final Embedder embedder;
    private final Path cacheDir;

    private final Progress progress;

    public IndexBuilder(Embedder embedder, Path dataDir) {
        this(embedder, dataDir, Progress.SILENT);
    }

    /** @param progress shows how far a build has got, a slice of {@link #SLICE} vectors at a time */
    public IndexBuilder(Embedder embedder, Path dataDir, Progress progress) {
        this.embedder = embedder;
        this.cacheDir = dataDir.resolve("index");
        this.progress = progress;
    }

    /** What happened: whether the cache was used, and how long it took. */
    public record Result(DenseIndex index, boolean fromCache, long millis) {
    }

    /** How many vectors are embedded between two progress lines in the log of a large index build. */
    static final int PROGRESS_EVERY = 500;
    /** How many vectors are embedded between two updates of the progress bar (sixteen of the model's padded batches, spread over the cores). */
    static final int SLICE = 128;

    public Result load(KnowledgeBase kb) {
        long start = System.nanoTime();
        List<IndexEntry> entries = entries(kb);
        // the texts embedded are in the key, not only the knowledge's version: a change in how entries are made rebuilds
        String key = Hashes.sha256(kb.version() + "|" + embedder.modelId() + "|" + RECIPE + "|" + entriesHash(entries));
        Path file = cacheDir.resolve("dense-" + key.substring(0, 16) + ".json");
        if (Files.isRegularFile(file)) {
            try {
                InMemoryEmbeddingStore<TextSegment> store = InMemoryEmbeddingStore.fromFile(file);
                if (store.size() == entries.size()) {
                    return new Result(new DenseIndex(store, entries.size(), key), true, millisSince(start));
                }
                log.warn("Index cache {} holds {} vectors but the knowledge needs {}; rebuilding", file, store.size(), entries.size());
            } catch (RuntimeException e) {
                log.warn("Index cache {} is unreadable ({}); rebuilding", file, e.getMessage());
            }
        }
        List<float[]> vectors = embedWithProgress(entries.stream().map(IndexEntry::text).toList());
        DenseIndex index = DenseIndex.build(entries, vectors, key);
        save(index, file);
        return new Result(index, false, millisSince(start));
    }

    /**
     * Texts embedded in slices: the progress bar moves after each, and a large build also logs a line every
     * {@link #PROGRESS_EVERY} vectors, so a log file says how far it is too.
     */
    private List<float[]> embedWithProgress(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        long start = System.nanoTime();
        try (Progress.Task task = progress.start("Building the index", texts.size())) {
            for (int from = 0; from < texts.size(); from += SLICE) {
                List<String> slice = texts.subList(from, Math.min(texts.size(), from + SLICE));
                vectors.addAll(embedder.embedAll(slice));
                task.step(slice.size());
                if (texts.size() > PROGRESS_EVERY && (vectors.size() / PROGRESS_EVERY > from / PROGRESS_EVERY || vectors.size() == texts.size())) {
                    log.info("Building the index: {} of {} vectors ({} s)", vectors.size(), texts.size(), millisSince(start) / 1000);
                }
            }
        }
        return vectors;
    }

    private void save(DenseIndex index, Path file) {
        try {
            Files.createDirectories(cacheDir);
            Path tmp = Files.createTempFile(cacheDir, "dense-", ".tmp");
            Files.writeString(tmp, index.store().serializeToJson(), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            try (Stream<Path> old = Files.list(cacheDir)) {
                for (Path p : old.filter(p -> p.getFileName().toString().startsWith("dense-") && !p.equals(file)).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            throw new InvalidFileException(file, 0, "cannot write the index cache: " + e.getMessage(), e);
        }
    }

    private static String entriesHash(List<IndexEntry> entries) {
        StringBuilder all = new StringBuilder();
        for (IndexEntry e : entries) {
            all.append(e.factId()).append('\u0000').append(e.field()).append('\u0000').append(e.text()).append('\u0001');
        }
        return Hashes.sha256(all.toString());
    }

    /** The texts embedded for every fact. */
    static List<IndexEntry> entries(KnowledgeBase kb) {
        List<IndexEntry> entries = new ArrayList<>();
        for (Fact fact : kb.facts()) {
            for (Lang lang : Lang.values()) {
                if (fact.has(lang)) {
                    entries.add(new IndexEntry(fact.id(), lang.code(), fact.texts().get(lang)));
                }
            }
            if (fact.kind() == Fact.Kind.FACT) {
                StringBuilder keywords = new StringBuilder(fact.text(Lang.EN));
                keywords.append(" Topics: ").append(String.join(", ", fact.tags())).append('.');
                for (String id : fact.entities()) {
                    kb.entity(id).map(Entity::role).filter(r -> !r.isEmpty()).ifPresent(r -> keywords.append(' ').append(r).append('.'));
                }
                entries.add(new IndexEntry(fact.id(), "keywords", keywords.toString()));
            }
            if (!fact.asks(Lang.EN).isEmpty()) { // the fact with the questions it answers, one text: doc2query's expanded document
                entries.add(new IndexEntry(fact.id(), "asked", fact.text(Lang.EN) + " " + String.join(" ", fact.asks(Lang.EN))));
            }
        }
        return entries;
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
