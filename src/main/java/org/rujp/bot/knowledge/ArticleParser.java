package org.rujp.bot.knowledge;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.rujp.bot.InvalidFileException;

/**
 * Turns one raw article file (page text or HTML) into an {@link IngestedArticle}.
 *
 * <ol>
 *   <li>read the page: HTML through {@link HtmlPageReader}, text as one paragraph per line;</li>
 *   <li>remove the furniture and split header from body ({@link ArticleCleaner});</li>
 *   <li>extract headline, publication date, place and publisher; a missing date or publisher is an
 *       error for the file, never a guess;</li>
 *   <li>split the body into passages ({@link PassageSplitter}).</li>
 * </ol>
 */
public final class ArticleParser {
    /**
     * The article and what cleaning removed, for dry runs and diagnostics.
     *
     * @param removals "line 3 [breadcrumbs]: / Home / News", one per removed line
     */
    public record Parsed(IngestedArticle article, List<String> removals) {
    }

    private final IngestOptions options;
    private final ArticleCleaner cleaner = ArticleCleaner.standard();
    private final PassageSplitter splitter = new PassageSplitter();

    public ArticleParser(IngestOptions options) {
        this.options = options;
    }

    public static boolean isHtml(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm");
    }

    /** "ing-" and the file name without extension in lower case; non-ASCII names get a short hash for uniqueness. */
    public static String sourceId(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String slug = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[-._]+|[-._]+$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60);
        }
        if (!base.matches("[A-Za-z0-9._ -]+") || slug.isEmpty()) {
            slug = (slug.isEmpty() ? "" : slug + "-") + Hashes.sha256(base).substring(0, 8);
        }
        return "ing-" + slug;
    }

    public Parsed parse(Path file, byte[] bytes, Instant now) {
        Page page;
        HtmlPageReader.Meta meta;
        if (isHtml(file)) {
            HtmlPageReader.Read read = HtmlPageReader.read(bytes, file.toUri().toString());
            page = read.page();
            meta = read.meta();
        } else {
            TextUrl text = TextUrl.take(utf8(file, bytes));
            page = Page.ofText(text.rest());
            meta = HtmlPageReader.Meta.NONE.withUrl(text.url());
        }
        ArticleCleaner.Cleaned cleaned = cleaner.clean(page, meta.headline());
        List<String> body = new ArrayList<>(cleaned.body());
        if (body.isEmpty()) {
            throw new NotAnArticleException(file, "no article text is left after removing the page furniture");
        }
        Optional<Dateline> dateline = Dateline.parse(body.get(0));
        dateline.ifPresent(d -> body.set(0, d.rest()));
        String bodyText = String.join("\n", body);

        PublicationDate date = meta.published().isPresent()
                ? new PublicationDate(meta.published().get(), "")
                : publicationDate(file, cleaned.header(), dateline, bodyText);
        String publisher = options.publisher()
                .or(() -> dateline.map(Dateline::agency).filter(a -> !a.isEmpty()))
                .or(meta::siteName)
                .or(() -> Optional.of(cleaned.signature()).filter(s -> !s.isEmpty()))
                .orElseThrow(() -> new InvalidFileException(file, 0, "no publisher found (no agency in a dateline such as "
                        + "'/TASS/' or '(Sputnik)', no og:site_name, no signature line); give --publisher NAME"));
        String headline = cleaned.headline().isEmpty() ? firstSentence(body.get(0)) : cleaned.headline();
        List<String> standfirst = cleaned.header().stream().filter(line -> !DateFinder.isDateLine(line)).toList();
        Lang lang = language(bodyText);
        List<String> passages = splitter.split(body);
        IngestedArticle article = new IngestedArticle(sourceId(file), file.getFileName().toString(),
                file.toAbsolutePath().normalize().toString(), Hashes.sha256(bytes), now, headline, date.date(), date.note(),
                dateline.map(Dateline::place).orElse(""), publisher.strip(), lang.code(), standfirst, passages,
                options.url().or(meta::url).orElse(""), List.of(), List.of());
        List<String> removals = cleaned.removals().stream()
                .map(r -> "line " + r.line() + " [" + r.rule() + "]: " + r.text()).toList();
        return new Parsed(article, removals);
    }

    private record PublicationDate(LocalDate date, String note) {
    }

    /**
     * A page saved as text may carry its address on a line of its own ("https://...", "URL: https://...",
     * "Source: https://...", "Источник: ..."): taken as the article's URL and out of the text, so it is no passage.
     */
    record TextUrl(String rest, Optional<String> url) {
        private static final java.util.regex.Pattern LINE = java.util.regex.Pattern.compile(
                "(?im)^[ \\t]*(?:(?:url|source|link|permalink|источник|ссылка|адрес|出典|元記事|URL)[ \\t]*[:：][ \\t]*)?(https?://\\S+)[ \\t]*$");

        static TextUrl take(String text) {
            java.util.regex.Matcher m = LINE.matcher(text);
            if (!m.find() || !Source.isWebAddress(m.group(1))) {
                return new TextUrl(text, Optional.empty());
            }
            return new TextUrl(text.substring(0, m.start()) + text.substring(m.end()), Optional.of(m.group(1)));
        }
    }

    private PublicationDate publicationDate(Path file, List<String> header, Optional<Dateline> dateline, String body) {
        Optional<DateFinder.Found> found = Optional.empty();
        for (String line : header) {
            if (DateFinder.isDateLine(line)) {
                found = DateFinder.find(line);
                break;
            }
        }
        if (found.isEmpty() && dateline.isPresent() && !dateline.get().date().isEmpty()) {
            found = DateFinder.find(dateline.get().date());
        }
        if (found.isPresent() && found.get().hasYear()) {
            return new PublicationDate(found.get().toDate(), "");
        }
        if (found.isPresent()) {
            DateFinder.Found partial = found.get();
            String printed = partial.text();
            if (options.year().isPresent()) {
                return new PublicationDate(LocalDate.of(options.year().get(), partial.month(), partial.day()),
                        "page prints '" + printed + "' without a year; year " + options.year().get() + " given with --year");
            }
            Optional<YearInference.Inferred> inferred = YearInference.infer(partial.month(), partial.day(), printed, body);
            if (inferred.isPresent()) {
                return new PublicationDate(inferred.get().date(), inferred.get().note());
            }
            if (options.date().isPresent()) {
                return new PublicationDate(options.date().get(), "page prints '" + printed + "' without a year; date given with --date");
            }
            throw new InvalidFileException(file, 0, "the page prints the date '" + printed + "' without a year and the text "
                    + "does not settle it; give --year YYYY or --date YYYY-MM-DD");
        }
        if (options.date().isPresent()) {
            return new PublicationDate(options.date().get(), "page prints no date; date given with --date");
        }
        throw new InvalidFileException(file, 0, "no publication date found (looked for a date line above the article, "
                + "a dateline such as 'MOSCOW, January 12.', and in HTML for article:published_time or <time datetime>); "
                + "give --date YYYY-MM-DD");
    }

    /** By script, like the question language detector: Japanese, then Cyrillic, else English. */
    static Lang language(String text) {
        int ja = Scripts.japanese(text);
        int ru = Scripts.cyrillic(text);
        int en = Scripts.latin(text);
        if (ja > 0 && ja >= ru && ja >= en / 4) {
            return Lang.JA;
        }
        if (ru > 0 && ru >= en / 2) {
            return Lang.RU;
        }
        return Lang.EN;
    }

    private static String firstSentence(String paragraph) {
        String sentence = PassageSplitter.sentences(paragraph).get(0);
        if (sentence.length() <= 120) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', 117);
        return sentence.substring(0, cut > 40 ? cut : 117) + "\u2026";
    }

    private static String utf8(Path file, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidFileException(file, 0, "is not UTF-8 text (" + e.getMessage() + "); save it as UTF-8", e);
        }
    }
}
