package org.rujp.bot.index;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** all-MiniLM-L6-v2 running in process through langchain4j and ONNX Runtime; no network, no server. */
public final class MiniLmEmbedder implements Embedder {
    public static final String MODEL_ID = "all-MiniLM-L6-v2/langchain4j-embeddings-1.18.1-beta28";
    /** The model and tokenizer as the langchain4j jar ships them; {@link AllMiniLmL6V2EmbeddingModel} reads the same two. */
    static final String MODEL_RESOURCE = "all-minilm-l6-v2.onnx";
    static final String TOKENIZER_RESOURCE = "all-minilm-l6-v2-tokenizer.json";

    private static final Logger log = LoggerFactory.getLogger(MiniLmEmbedder.class);

    private final EmbeddingModel model;

    /** Loads the model out of the jar, decompressing it into memory. */
    public MiniLmEmbedder() {
        this(new AllMiniLmL6V2EmbeddingModel());
    }

    private MiniLmEmbedder(EmbeddingModel model) {
        this.model = model;
    }

    /**
     * Loads the model from its copy under {@code dataDir/model/}, extracting it there on the first run (and
     * again when the copy is missing or differs from the jar's). ONNX Runtime opens the file by path, which
     * skips decompressing 90 MB on every start-up. When the data directory cannot be written, the model is
     * loaded from the jar as before, with one log line saying so.
     */
    public static MiniLmEmbedder load(Path dataDir) {
        Path dir = dataDir.resolve("model");
        Path modelFile;
        Path tokenizerFile;
        try {
            modelFile = ModelFile.extract(MODEL_RESOURCE, dir);
            tokenizerFile = ModelFile.extract(TOKENIZER_RESOURCE, dir);
        } catch (IOException | RuntimeException e) {
            log.info("Embedding model loaded from the jar, not from {}: {}", dir, e.toString());
            return new MiniLmEmbedder();
        }
        return new MiniLmEmbedder(new OnnxEmbeddingModel(modelFile, tokenizerFile, PoolingMode.MEAN));
    }

    @Override
    public float[] embed(String text) {
        return model.embed(text).content().vector();
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        return model.embedAll(segments).content().stream().map(Embedding::vector).toList();
    }

    @Override
    public String modelId() {
        return MODEL_ID;
    }
}
