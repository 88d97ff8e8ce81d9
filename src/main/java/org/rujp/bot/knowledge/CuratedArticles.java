package org.rujp.bot.knowledge;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The articles the curated knowledge is written from, so that ingestion does not add a raw article a
 * second time: its passages would sit beside the curated facts and the same fact would be cited twice.
 *
 * <p>A raw article is the curated one when at least two of its three marks agree with the curated
 * source record: the headline (compared by letters and digits only, ignoring case, punctuation, dashes
 * and spacing), the publication date, and the raw file name the source records ({@code file:}). One
 * mark alone is not enough: the same headline on another day is another report, and a file name may
 * be a coincidence. Curated source records carry no URL, so none is compared.
 */
public final class CuratedArticles {
    /**
     * A raw article found in the curated knowledge.
     *
     * @param source the curated source record
     * @param file the curated article file holding it ({@code knowledge/articles/002-....yaml})
     * @param marks which marks agree ("headline and publication date")
     */
    public record Match(Source source, Path file, String marks) {
        /** "already in the curated knowledge as source ID (FILE): same headline and publication date". */
        public String describe() {
            return "already in the curated knowledge as source " + source.id() + " (" + file + "): same " + marks;
        }
    }

    private final Map<Path, Source> sources;

    private CuratedArticles(Map<Path, Source> sources) {
        this.sources = Map.copyOf(sources);
    }

    /** The curated article files of the knowledge directory; a broken source record fails naming its file and line. */
    public static CuratedArticles in(Path knowledgeDir) {
        return new CuratedArticles(KnowledgeLoader.sources(knowledgeDir));
    }

    public static CuratedArticles of(Map<Path, Source> sources) {
        return new CuratedArticles(sources);
    }

    public static CuratedArticles none() {
        return new CuratedArticles(Map.of());
    }

    /** The curated source this ingested article duplicates, if any. */
    public Optional<Match> find(IngestedArticle article) {
        String headline = headlineKey(article.headline());
        List<Map.Entry<Path, Source>> entries = new ArrayList<>(sources.entrySet());
        entries.sort(Map.Entry.comparingByKey());
        for (Map.Entry<Path, Source> entry : entries) {
            Source source = entry.getValue();
            List<String> marks = new ArrayList<>();
            if (!headline.isEmpty() && headline.equals(headlineKey(source.title()))) {
                marks.add("headline");
            }
            if (!source.file().isEmpty() && source.file().equalsIgnoreCase(article.file())) {
                marks.add("raw file name");
            }
            if (source.published().equals(article.published())) {
                marks.add("publication date");
            }
            if (marks.size() >= 2) {
                String last = marks.remove(marks.size() - 1);
                return Optional.of(new Match(source, entry.getKey(), String.join(", ", marks) + " and " + last));
            }
        }
        return Optional.empty();
    }

    /** Letters and digits only, lower case, compatibility forms folded and ё read as е: "Russia-Japan — Year" and "russia japan year" agree. */
    static String headlineKey(String headline) {
        String folded = Normalizer.normalize(headline, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('ё', 'е');
        StringBuilder key = new StringBuilder();
        folded.codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
        return key.toString();
    }
}
