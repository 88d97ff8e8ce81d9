package org.rujp.bot.knowledge;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The articles already ingested (stored, or taken earlier in the same run), so that the same article
 * saved under two file names ({@code news.txt} and {@code news (1).txt}, or once as HTML and once as
 * text) is not stored twice and its passages are not cited twice.
 *
 * <p>An article is a duplicate of one ingested under another source id when their headlines (compared
 * as in {@link CuratedArticles}: letters and digits only, ignoring case, punctuation, dashes and spacing)
 * and publication dates agree, or when their passages are identical. The headline alone is not enough:
 * the same headline on another day is another report. An article under its own source id is not
 * checked here: ingesting a file of a stored name replaces its article, which is how a corrected
 * article is stored in place of the old one.
 */
final class IngestedDuplicates {
    /**
     * An ingested article the new one duplicates.
     *
     * @param article the article already ingested
     * @param storedFile its JSON file under {@code DATA_DIR/ingested/}
     * @param inThisRun true when it was taken earlier in this run rather than stored before
     * @param marks what agrees ("headline and publication date", "passages")
     */
    record Match(IngestedArticle article, Path storedFile, boolean inThisRun, String marks) {
        /**
         * "already ingested as ing-news from news.txt (data/ingested/ing-news.json): same headline and
         * publication date; if this is a corrected version, ..." with what the operator can do.
         */
        String describe() {
            String where = inThisRun ? "earlier in this run as " + article.sourceId() + " from " + article.path()
                    : "as " + article.sourceId() + " from " + article.file() + " (" + storedFile + ")";
            return "already ingested " + where + ": same " + marks + "; if this is a corrected version, ingest it under the name "
                    + article.file() + " to replace that article, or delete " + storedFile + " first";
        }
    }

    private final IngestedArticles store;
    private final Map<String, IngestedArticle> stored;
    private final Map<String, IngestedArticle> thisRun = new TreeMap<>();

    private IngestedDuplicates(IngestedArticles store, List<IngestedArticle> stored) {
        this.store = store;
        this.stored = new TreeMap<>();
        stored.forEach(a -> this.stored.put(a.sourceId(), a));
    }

    /** The articles stored now; an unreadable stored file is left out (re-ingesting its raw file rewrites it). */
    static IngestedDuplicates of(IngestedArticles store) {
        return new IngestedDuplicates(store, store.readable());
    }

    /** Remembers an article taken in this run (added, replaced or unchanged), whether or not it is stored. */
    void taken(IngestedArticle article) {
        stored.remove(article.sourceId());
        thisRun.put(article.sourceId(), article);
    }

    /** The article, ingested under another source id, that this one duplicates, if any; earlier in this run first. */
    Optional<Match> find(IngestedArticle article) {
        Optional<Match> match = find(article, thisRun, true);
        return match.isPresent() ? match : find(article, stored, false);
    }

    private Optional<Match> find(IngestedArticle article, Map<String, IngestedArticle> known, boolean inThisRun) {
        String headline = CuratedArticles.headlineKey(article.headline());
        for (IngestedArticle other : known.values()) {
            if (other.sourceId().equals(article.sourceId())) {
                continue;
            }
            List<String> marks = new ArrayList<>();
            if (!headline.isEmpty() && headline.equals(CuratedArticles.headlineKey(other.headline()))
                    && article.published().equals(other.published())) {
                marks.add("headline and publication date");
            }
            if (article.passages().equals(other.passages())) {
                marks.add("passages");
            }
            if (!marks.isEmpty()) {
                return Optional.of(new Match(other, store.fileOf(other.sourceId()), inThisRun, String.join(" and ", marks)));
            }
        }
        return Optional.empty();
    }
}
