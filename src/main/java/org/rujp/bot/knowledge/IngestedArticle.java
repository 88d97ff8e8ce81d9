package org.rujp.bot.knowledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One ingested article as stored in {@code DATA_DIR/ingested/<sourceId>.json}: where it came from,
 * what was extracted from it and its passages in the article's own language.
 *
 * @param sourceId stable id derived from the file name; passages are {@code <sourceId>.p01}, ...
 * @param file the raw file's name
 * @param path the raw file's path when it was ingested
 * @param contentHash SHA-256 of the raw file's bytes
 * @param ingestedAt when it was stored
 * @param headline the article's title
 * @param published the publication date
 * @param dateNote how the date was established when the page does not print it in full (may be empty)
 * @param place the dateline's place ("MOSCOW"), or empty
 * @param publisher who published it
 * @param lang the article's language code ("en", "ru", "ja")
 * @param standfirst lines between the headline and the body (subtitle), kept but not searched
 * @param passages the body in passages of a few hundred characters
 * @param url the article's address (the page's canonical link or og:url, or {@code ingest --url}), may be empty
 * @param slots per passage, in the same order, what was read from it (dates, amounts, entities, actors, places);
 *              empty for an article stored before slots were read
 * @param names the people and organisations the article names that the alias table does not know
 */
public record IngestedArticle(String sourceId, String file, String path, String contentHash, Instant ingestedAt,
                              String headline, LocalDate published, String dateNote, String place, String publisher,
                              String lang, List<String> standfirst, List<String> passages, String url,
                              List<PassageSlots> slots, List<NewName> names) {
    private static final Pattern SOURCE_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public IngestedArticle {
        if (sourceId == null || !SOURCE_ID.matcher(sourceId).matches()) {
            throw new IllegalArgumentException("sourceId '" + sourceId + "' must be lower-case letters, digits, '.', '_' or '-'");
        }
        if (contentHash == null || !SHA256.matcher(contentHash).matches()) {
            throw new IllegalArgumentException("contentHash must be a SHA-256 hex digest");
        }
        requireText(headline, "headline");
        requireText(publisher, "publisher");
        Objects.requireNonNull(published, "published");
        if (Lang.fromCode(lang).isEmpty()) {
            throw new IllegalArgumentException("lang '" + lang + "' must be en, ru or ja");
        }
        if (passages == null || passages.isEmpty() || passages.stream().anyMatch(p -> p == null || p.isBlank())) {
            throw new IllegalArgumentException("an article needs at least one non-empty passage");
        }
        file = file == null ? "" : file;
        path = path == null ? "" : path;
        dateNote = dateNote == null ? "" : dateNote;
        place = place == null ? "" : place;
        standfirst = standfirst == null ? List.of() : List.copyOf(standfirst);
        passages = List.copyOf(passages);
        url = url == null ? "" : url.strip();
        if (!url.isEmpty() && !Source.isWebAddress(url)) {
            throw new IllegalArgumentException("url '" + url + "' is not an http or https address");
        }
        slots = slots == null ? List.of() : List.copyOf(slots);
        if (!slots.isEmpty() && slots.size() != passages.size()) {
            throw new IllegalArgumentException("slots are stored for " + slots.size() + " passages but the article has "
                    + passages.size());
        }
        names = names == null ? List.of() : List.copyOf(names);
    }

    /** An article without an address, slots or new names. */
    public IngestedArticle(String sourceId, String file, String path, String contentHash, Instant ingestedAt, String headline,
                           LocalDate published, String dateNote, String place, String publisher, String lang,
                           List<String> standfirst, List<String> passages) {
        this(sourceId, file, path, contentHash, ingestedAt, headline, published, dateNote, place, publisher, lang, standfirst,
                passages, "", List.of(), List.of());
    }

    /** The same article with what was read from its passages. */
    public IngestedArticle withSlots(List<PassageSlots> passageSlots, List<NewName> newNames) {
        return new IngestedArticle(sourceId, file, path, contentHash, ingestedAt, headline, published, dateNote, place, publisher,
                lang, standfirst, passages, url, passageSlots, newNames);
    }

    /** The slots read from passage {@code i} (0-based), {@link PassageSlots#NONE} for an article stored without. */
    public PassageSlots slotsOf(int i) {
        return slots.isEmpty() ? PassageSlots.NONE : slots.get(i);
    }

    public Lang language() {
        return Lang.fromCode(lang).orElseThrow();
    }

    public Source toSource() {
        return new Source(sourceId, publisher, headline, published, dateNote, place, file, Source.Origin.INGESTED, url);
    }

    /** The passages as facts {@code <sourceId>.p01}, ... in the article's language only, without slots. */
    public List<Fact> toFacts() {
        return toFacts(java.util.Set.of());
    }

    /**
     * The passages as facts {@code <sourceId>.p01}, ... in the article's language only, each with the event date,
     * entities and typed slots read from it; {@code known} are the entity ids the knowledge base holds, others are
     * left out.
     */
    public List<Fact> toFacts(java.util.Set<String> known) {
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            PassageSlots read = slotsOf(i);
            List<String> entities = read.entities().stream().filter(known::contains).toList();
            facts.add(new Fact(passageId(sourceId, i + 1), sourceId, Map.of(language(), passages.get(i)), read.eventDate(),
                    List.of(), entities, Fact.Kind.PASSAGE, read.toSlots(language(), known)));
        }
        return facts;
    }

    static String passageId(String sourceId, int number) {
        return sourceId + ".p" + String.format(java.util.Locale.ROOT, "%02d", number);
    }

    /** Everything the bot says or searches from this article; equal fingerprints mean nothing to re-index. */
    public String fingerprint() {
        return Hashes.sha256(String.join("\u0000", sourceId, headline, published.toString(), dateNote, place, publisher,
                lang, file, String.join("\u0001", passages), url, slots.toString(), names.toString()));
    }

    /** Same extracted content (ignores when and from which path it was ingested). */
    public boolean sameContent(IngestedArticle other) {
        return other != null && contentHash.equals(other.contentHash) && fingerprint().equals(other.fingerprint())
                && standfirst.equals(other.standfirst);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
    }
}
