package org.rujp.bot.config;

import java.nio.file.Path;

/**
 * All settings, one typed slice per component.
 *
 * @param dataDir where the index cache, ingested articles and the SQLite store live
 * @param knowledgeDir the curated knowledge (facts, aliases, gold set)
 * @param ingest limits on ingested articles
 * @param operations the log format and the management port
 * @param index the embedding model of the dense index
 */
public record Settings(Path dataDir, Path knowledgeDir, AnswerSettings answer, TelegramSettings telegram,
                       StoreSettings store, DigestSettings digest, RetrievalSettings retrieval, IngestSettings ingest,
                       OperationsSettings operations, IndexSettings index) {

    public Settings withDataDir(Path dir) {
        return new Settings(dir, knowledgeDir, answer, telegram, store, digest, retrieval, ingest, operations, index);
    }

    public Settings withKnowledgeDir(Path dir) {
        return new Settings(dataDir, dir, answer, telegram, store, digest, retrieval, ingest, operations, index);
    }

    public Settings withAnswer(AnswerSettings answer) {
        return new Settings(dataDir, knowledgeDir, answer, telegram, store, digest, retrieval, ingest, operations, index);
    }

    public Settings withRetrieval(RetrievalSettings retrieval) {
        return new Settings(dataDir, knowledgeDir, answer, telegram, store, digest, retrieval, ingest, operations, index);
    }

    public Settings withIndex(IndexSettings index) {
        return new Settings(dataDir, knowledgeDir, answer, telegram, store, digest, retrieval, ingest, operations, index);
    }
}
