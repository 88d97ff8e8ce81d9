package org.rujp.bot.knowledge;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The article a fact comes from.
 *
 * @param id stable identifier used in citations and fact ids
 * @param publisher who published it ("TASS")
 * @param title the headline
 * @param published the publication date; when the page does not print the year, the year the text implies
 * @param dateNote how the publication date was established when it is not printed in full (may be empty)
 * @param place the place line ("MOSCOW", "TOKYO"), empty when the article has none
 * @param file the raw article file name the source was written from
 * @param origin curated knowledge or an ingested raw article
 * @param url the article's address on the web (http or https), empty when unknown
 */
public record Source(String id, String publisher, String title, LocalDate published, String dateNote,
                     String place, String file, Origin origin, String url) {
    public enum Origin { CURATED, INGESTED }

    public Source {
        requireText(id, "id");
        requireText(publisher, "publisher");
        requireText(title, "title");
        Objects.requireNonNull(published, "published");
        dateNote = dateNote == null ? "" : dateNote.strip();
        place = place == null ? "" : place.strip();
        file = file == null ? "" : file.strip();
        Objects.requireNonNull(origin, "origin");
        url = url == null ? "" : url.strip();
        if (!url.isEmpty() && !isWebAddress(url)) {
            throw new IllegalArgumentException("url '" + url + "' is not an http or https address");
        }
    }

    /** A source without a known address. */
    public Source(String id, String publisher, String title, LocalDate published, String dateNote, String place, String file,
                  Origin origin) {
        this(id, publisher, title, published, dateNote, place, file, origin, "");
    }

    /** Whether a text is an absolute http or https address without spaces. */
    public static boolean isWebAddress(String text) {
        return text != null && text.matches("(?i)https?://[^\\s/?#]+[^\\s]*");
    }

    public boolean hasUrl() {
        return !url.isEmpty();
    }

    /** "TASS, "Headline", 2018-01-12", and the address when known: "..., 2018-01-12, https://tass.com/...". */
    public String citation() {
        return publisher + ", \u201c" + title + "\u201d, " + published + (url.isEmpty() ? "" : ", " + url);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
    }
}
