package org.rujp.bot.knowledge;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The place line that opens a news report: "MOSCOW, January 12. /TASS/." or "TOKYO (Sputnik) -".
 * A capitalised place counts only when an agency or a date follows it, so a sentence that merely
 * starts with an acronym is not taken for a dateline.
 *
 * @param place the place in capitals ("MOSCOW")
 * @param agency the news agency named in it ("TASS", "Sputnik"), or empty
 * @param date the date text in it ("January 12"), or empty
 * @param rest the paragraph after the dateline
 */
record Dateline(String place, String agency, String date, String rest) {
    private static final Pattern DATELINE = Pattern.compile(
            "^(?<place>\\p{Lu}[\\p{Lu}\\p{M}'\u2019.-]+(?:[ -]\\p{Lu}[\\p{Lu}\\p{M}'\u2019.-]+){0,3})"
                    + "(?:\\s*\\((?<agency1>[^)]{2,30})\\))?"
                    + "(?:,\\s*(?<date>[^./,()]{3,30}?)(?=\\s*[.(/\u2013\u2014-]))?"
                    + "(?:\\s*\\((?<agency3>[^)]{2,30})\\))?"
                    + "\\.?\\s*(?:/(?<agency2>[^/]{2,20})/\\.?)?"
                    + "\\s*[-\u2013\u2014:]?\\s+(?<rest>\\S.*)$");

    static Optional<Dateline> parse(String paragraph) {
        Matcher m = DATELINE.matcher(paragraph);
        if (!m.matches()) {
            return Optional.empty();
        }
        String agency = m.group("agency1") != null ? m.group("agency1")
                : m.group("agency3") != null ? m.group("agency3") : m.group("agency2");
        String date = m.group("date");
        if (agency == null && date == null) {
            return Optional.empty();
        }
        if (date != null && !DateFinder.find(date).isPresent()) {
            return Optional.empty();
        }
        String place = m.group("place");
        if (place.codePoints().filter(Character::isLetter).count() < 2) {
            return Optional.empty();
        }
        return Optional.of(new Dateline(place, agency == null ? "" : agency.strip(), date == null ? "" : date.strip(),
                m.group("rest").strip()));
    }
}
