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
 */
public record Source(String id, String publisher, String title, LocalDate published, String dateNote,
                     String place, String file, Origin origin) {
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
    }

    /** "TASS, "Headline", 2018-01-12". */
    public String citation() {
        return publisher + ", \u201c" + title + "\u201d, " + published;
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
    }
}
