package org.rujp.bot.knowledge;

import java.nio.file.Path;
import java.util.List;

/** What ingesting one raw file did. */
public sealed interface IngestOutcome
        permits IngestOutcome.Added, IngestOutcome.Replaced, IngestOutcome.Unchanged, IngestOutcome.Skipped, IngestOutcome.Failed {

    Path file();

    /** "added", "replaced", "unchanged", "skipped" or "failed". */
    String status();

    /** A new article was stored. */
    record Added(Path file, IngestedArticle article, List<String> removals) implements IngestOutcome {
        public String status() {
            return "added";
        }
    }

    /**
     * The article was stored before and its passages are replaced.
     *
     * @param previousPath where the stored version had been ingested from (differs when a file of the same name moved)
     */
    record Replaced(Path file, IngestedArticle article, List<String> removals, String previousPath) implements IngestOutcome {
        public String status() {
            return "replaced";
        }
    }

    /** The stored article is identical; nothing was written. */
    record Unchanged(Path file, IngestedArticle article, List<String> removals) implements IngestOutcome {
        public String status() {
            return "unchanged";
        }
    }

    /**
     * The file was deliberately not ingested: a directory walk found a file that is not an article, or the
     * article is already in the curated knowledge, or already ingested from a file of another name. Not an error.
     *
     * @param reason why, for the user, without the file name ("already in the curated knowledge as source ...")
     * @param removedSourceId a copy of the article stored before under this source id was removed (or, in a
     *                        dry run, would be), so that the curated facts are not cited twice; empty if none
     */
    record Skipped(Path file, String reason, String removedSourceId) implements IngestOutcome {
        public Skipped {
            removedSourceId = removedSourceId == null ? "" : removedSourceId;
        }

        public Skipped(Path file, String reason) {
            this(file, reason, "");
        }

        public String status() {
            return "skipped";
        }
    }

    /**
     * The file could not be ingested; anything stored for it before is kept.
     *
     * @param reason the message for the user, naming the file ("notes/a.txt: no publication date found ...")
     */
    record Failed(Path file, String reason) implements IngestOutcome {
        public String status() {
            return "failed";
        }
    }
}
