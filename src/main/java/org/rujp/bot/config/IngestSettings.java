package org.rujp.bot.config;

/**
 * Ingestion's settings.
 *
 * @param maxArticleBytes a raw article larger than this is refused when ingested, and a stored one larger than this
 *                        is left out at start-up: one dump or log would otherwise make every index build crawl
 */
public record IngestSettings(long maxArticleBytes) {
    public static final int DEFAULT_MAX_ARTICLE_MB = 4;
    public static final IngestSettings DEFAULTS = new IngestSettings((long) DEFAULT_MAX_ARTICLE_MB << 20);

    static IngestSettings from(RawSettings raw) {
        return new IngestSettings((long) raw.integer("ingest.max_article_mb", DEFAULT_MAX_ARTICLE_MB, 1, 1024) << 20);
    }
}
