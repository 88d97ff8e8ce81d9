package org.rujp.bot;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.rujp.bot.answer.Answerer;
import org.rujp.bot.answer.ExtractiveAnswerer;
import org.rujp.bot.config.IndexSettings;
import org.rujp.bot.config.RetrievalSettings;
import org.rujp.bot.config.Settings;
import org.rujp.bot.index.BackgroundEmbedder;
import org.rujp.bot.index.CachingEmbedder;
import org.rujp.bot.index.Embedder;
import org.rujp.bot.index.IndexBuilder;
import org.rujp.bot.index.MiniLmEmbedder;
import org.rujp.bot.knowledge.IngestedArticles;
import org.rujp.bot.knowledge.KnowledgeBase;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.retrieval.AliasExpander;
import org.rujp.bot.retrieval.BackgroundRetriever;
import org.rujp.bot.retrieval.CrossLanguageRetriever;
import org.rujp.bot.retrieval.Dictionaries;
import org.rujp.bot.retrieval.QuestionTranslator;
import org.rujp.bot.retrieval.Bm25Retriever;
import org.rujp.bot.retrieval.EmbeddingRetriever;
import org.rujp.bot.retrieval.HybridRetriever;
import org.rujp.bot.retrieval.Retriever;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: the only place that constructs infrastructure. Commands and tests build the
 * bot through it, so both run the same wiring.
 *
 * <ol>
 *   <li>load the curated knowledge and the ingested articles, leaving out (with a warning) a stored article
 *       the curated knowledge already holds;</li>
 *   <li>load the embedding model in process, from its copy in the data directory (extracted from the jar once);</li>
 *   <li>load the dense index from its cache, or build it when the content hashes changed;</li>
 *   <li>build the in-memory BM25 index (hybrid mode) and wire retrieval, with Russian and Japanese questions
 *       reaching English articles through the bilingual dictionaries, and the extractive answerer.</li>
 * </ol>
 */
public final class App {
    private static final Logger log = LoggerFactory.getLogger(App.class);

    private final Settings settings;
    private final KnowledgeBase knowledge;
    private final Embedder embedder;
    private final Retriever retriever;
    private final Answerer answerer;
    private final IndexBuilder.Result index;
    private final Map<String, Long> startupMillis;

    private App(Settings settings, KnowledgeBase knowledge, Embedder embedder, IndexBuilder.Result index,
                Retriever retriever, Answerer answerer, Map<String, Long> startupMillis) {
        this.settings = settings;
        this.knowledge = knowledge;
        this.embedder = embedder;
        this.index = index;
        this.retriever = retriever;
        this.answerer = answerer;
        this.startupMillis = startupMillis;
    }

    /** Builds the answering pipeline with a freshly loaded embedding model. */
    public static App start(Settings settings) {
        return start(settings, null, Progress.SILENT);
    }

    /** Builds the answering pipeline with a freshly loaded model, showing how far a first index build is. */
    public static App start(Settings settings, Progress progress) {
        return start(settings, null, progress);
    }

    /** Waits for a model still loading in the background, whatever its outcome. */
    private static void settle(Embedder embedder) {
        if (embedder instanceof BackgroundEmbedder background) {
            try {
                background.await();
            } catch (RuntimeException ignored) {
                // the start-up failure being reported matters more than the model's
            }
        }
    }

    /**
     * Builds the answering pipeline.
     *
     * @param sharedEmbedder an already loaded model to reuse (tests share one), or null to load it
     */
    public static App start(Settings settings, Embedder sharedEmbedder) {
        return start(settings, sharedEmbedder, Progress.SILENT);
    }

    /**
     * Builds the answering pipeline.
     *
     * @param sharedEmbedder an already loaded model to reuse (tests share one), or null to load it
     * @param progress shows how far an index build (no usable cache) has got
     */
    public static App start(Settings settings, Embedder sharedEmbedder, Progress progress) {
        return start(settings, sharedEmbedder, progress, Dictionaries.debian(settings.dataDir()));
    }

    /** Builds the answering pipeline with the given bilingual dictionaries and no progress shown. */
    public static App start(Settings settings, Embedder sharedEmbedder, Dictionaries dictionaries) {
        return start(settings, sharedEmbedder, Progress.SILENT, dictionaries);
    }

    /**
     * Builds the answering pipeline.
     *
     * @param sharedEmbedder an already loaded model to reuse (tests share one), or null to load it
     * @param progress shows how far an index build (no usable cache) has got
     * @param dictionaries the bilingual dictionaries that let Russian and Japanese questions reach English articles
     */
    public static App start(Settings settings, Embedder sharedEmbedder, Progress progress, Dictionaries dictionaries) {
        long t0 = System.nanoTime();
        // The model loads on its own thread while the knowledge, the index cache and BM25 are read.
        MiniLmEmbedder.Variant model = variant(settings.index());
        Embedder embedder = sharedEmbedder != null ? sharedEmbedder
                : BackgroundEmbedder.load(() -> MiniLmEmbedder.load(settings.dataDir(), model), model.modelId());
        KnowledgeBase knowledge;
        try {
            knowledge = IngestedArticles.load(settings.knowledgeDir(), settings.dataDir(), settings.ingest().maxArticleBytes());
        } catch (RuntimeException e) {
            settle(embedder); // the model's loader writes into the data directory: let it finish before reporting
            throw e;
        }
        long t1 = System.nanoTime();
        IndexBuilder.Result index = new IndexBuilder(embedder, settings.dataDir(), progress).load(knowledge);
        log.debug("Dense index {} in {} ms", index.fromCache() ? "loaded" : "built", index.millis());
        int cached = settings.retrieval().questionCache();
        Embedder questions = cached > 0 ? new CachingEmbedder(embedder, cached) : embedder;
        QuestionTranslator translator = new QuestionTranslator(new AliasExpander(knowledge), dictionaries, knowledge);
        Retriever retriever = retriever(settings.retrieval(), knowledge, new EmbeddingRetriever(questions, index.index(), knowledge), translator);
        if (knowledge.facts().stream().anyMatch(f -> f.has(Lang.EN) && !(f.has(Lang.RU) && f.has(Lang.JA)))) {
            dictionaries.preload(); // Russian and Japanese questions can reach English articles through them
        }
        Answerer answerer = new ExtractiveAnswerer(retriever, knowledge, settings.answer(), dictionaries::installed, translator);
        long t2 = System.nanoTime();
        if (embedder instanceof BackgroundEmbedder background) {
            background.await();
        }
        long t3 = System.nanoTime();
        Map<String, Long> millis = Map.of(
                "knowledge", (t1 - t0) / 1_000_000,
                "index", (t2 - t1) / 1_000_000,
                "model", (t3 - t2) / 1_000_000,
                "total", (t3 - t0) / 1_000_000);
        log.info("Ready in {} ms: {} facts from {} sources, {} retrieval, index {} ({} vectors, {}); knowledge {} ms, "
                        + "index and retrievers {} ms, then waited {} ms for the model",
                millis.get("total"), knowledge.facts().size(), knowledge.sources().size(), retriever.name(),
                index.index().key().substring(0, 12), index.index().size(), index.fromCache() ? "from cache" : "built",
                millis.get("knowledge"), millis.get("index"), millis.get("model"));
        return new App(settings, knowledge, embedder, index, retriever, answerer, millis);
    }

    /** The embedding model {@code index.model} names. */
    public static MiniLmEmbedder.Variant variant(IndexSettings index) {
        return switch (index.model()) {
            case ALL_MINILM_L6_V2 -> MiniLmEmbedder.Variant.FULL;
            case ALL_MINILM_L6_V2_Q -> MiniLmEmbedder.Variant.QUANTIZED;
        };
    }

    /**
     * Dense retrieval alone, or dense and BM25 fused (see {@link HybridRetriever}), chosen per question
     * language when {@code retrieval.mode_by_language} says so.
     */
    static Retriever retriever(RetrievalSettings settings, KnowledgeBase knowledge, EmbeddingRetriever dense, QuestionTranslator translator) {
        boolean anyHybrid = java.util.Arrays.stream(org.rujp.bot.knowledge.Lang.values())
                .anyMatch(l -> settings.mode(l) == RetrievalSettings.Mode.HYBRID);
        if (!anyHybrid) {
            return dense;
        }
        Supplier<Retriever> build = () -> {
            AliasExpander aliases = new AliasExpander(knowledge);
            Bm25Retriever bm25 = new Bm25Retriever(knowledge, aliases);
            HybridRetriever hybrid = new HybridRetriever(dense, bm25, aliases, settings, knowledge.facts().size(), Optional.of(translator));
            return new CrossLanguageRetriever(hybrid, dense, bm25, hybrid, translator, knowledge);
        };
        if (settings.modeByLang().isEmpty()) {
            return build.get();
        }
        // Questions in some languages use dense retrieval alone: they need not wait for BM25 to be built.
        Retriever hybrid = new BackgroundRetriever("hybrid", build);
        java.util.Map<org.rujp.bot.knowledge.Lang, Retriever> routes = new java.util.EnumMap<>(org.rujp.bot.knowledge.Lang.class);
        for (org.rujp.bot.knowledge.Lang lang : org.rujp.bot.knowledge.Lang.values()) {
            routes.put(lang, settings.mode(lang) == RetrievalSettings.Mode.DENSE ? dense : hybrid);
        }
        return new org.rujp.bot.retrieval.LanguageRoutedRetriever(routes);
    }

    public Settings settings() {
        return settings;
    }

    public KnowledgeBase knowledge() {
        return knowledge;
    }

    public Embedder embedder() {
        return embedder;
    }

    public Retriever retriever() {
        return retriever;
    }

    public Answerer answerer() {
        return answerer;
    }

    public IndexBuilder.Result index() {
        return index;
    }

    /** Start-up time per stage: "knowledge", "index" (cache or build, and retrievers), "model" (waited for after those), "total". */
    public Map<String, Long> startupMillis() {
        return startupMillis;
    }
}
