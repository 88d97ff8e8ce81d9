package org.rujp.bot.knowledge;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the operator tells ingestion about the files of one run.
 *
 * @param publisher recorded as every file's publisher, overriding what the page says
 * @param date the publication date for a file whose page prints none
 * @param year the year for a file whose page prints the day and month only
 * @param url the article's address, overriding what the page says (one file only)
 */
public record IngestOptions(Optional<String> publisher, Optional<LocalDate> date, Optional<Integer> year, Optional<String> url) {
    public IngestOptions {
        url = url == null ? Optional.empty() : url.map(String::strip).filter(u -> !u.isEmpty());
        url.ifPresent(u -> {
            if (!Source.isWebAddress(u)) {
                throw new IllegalArgumentException("--url '" + u + "' is not an http or https address");
            }
        });
        publisher = publisher == null ? Optional.empty() : publisher.map(String::strip).filter(p -> !p.isEmpty());
        date = date == null ? Optional.empty() : date;
        year = year == null ? Optional.empty() : year;
        year.ifPresent(y -> {
            if (y < 1900 || y > 2100) {
                throw new IllegalArgumentException("year " + y + " is out of range 1900-2100");
            }
        });
    }

    public IngestOptions(Optional<String> publisher, Optional<LocalDate> date, Optional<Integer> year) {
        this(publisher, date, year, Optional.empty());
    }

    public static IngestOptions none() {
        return new IngestOptions(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
