package org.rujp.bot;

import java.nio.file.Path;
import org.rujp.bot.index.IndexBuilder;
import org.rujp.bot.index.MiniLmEmbedder;
import org.rujp.bot.knowledge.KnowledgeBase;
import org.rujp.bot.knowledge.KnowledgeLoader;

/**
 * The real curated knowledge in ./knowledge and the real embedding model, loaded once per test JVM.
 * The dense index is cached under target/test-data, keyed by content hashes like the production cache,
 * so a changed knowledge base is re-embedded and an unchanged one is not.
 */
public final class RealKnowledge {
    public static final Path KNOWLEDGE_DIR = Path.of("knowledge");
    public static final Path DATA_DIR = Path.of("target", "test-data");

    private static KnowledgeBase knowledge;
    private static MiniLmEmbedder embedder;
    private static IndexBuilder.Result index;

    private RealKnowledge() {
    }

    public static synchronized KnowledgeBase knowledge() {
        if (knowledge == null) {
            knowledge = KnowledgeLoader.load(KNOWLEDGE_DIR);
        }
        return knowledge;
    }

    public static synchronized MiniLmEmbedder embedder() {
        if (embedder == null) {
            embedder = new MiniLmEmbedder();
        }
        return embedder;
    }

    public static synchronized IndexBuilder.Result index() {
        if (index == null) {
            index = new IndexBuilder(embedder(), DATA_DIR).load(knowledge());
        }
        return index;
    }
}
