package org.rujp.bot.knowledge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an HTML article page into the same line-per-paragraph text a page saved as text has, and
 * reads what the markup says about the article.
 *
 * <ol>
 *   <li>read the metadata from the whole page: {@code <h1>} / og:title, article:published_time /
 *       datePublished / {@code <time datetime>}, og:site_name, {@code <html lang>}, the canonical link or og:url;</li>
 *   <li>drop scripts, styles, navigation, headers, footers, asides, forms, figures and their
 *       captions, and elements whose class or id names menus, sharing, related items, comments,
 *       weather, ads or widgets;</li>
 *   <li>keep the {@code <article>} (the one with most text), else {@code <main>}, else the body;</li>
 *   <li>write one line per block element, blank lines between blocks.</li>
 * </ol>
 */
final class HtmlPageReader {
    /** What the markup says about the article; each value empty when the page does not say. */
    record Meta(Optional<String> headline, Optional<LocalDate> published, String dateSource, Optional<String> siteName,
                Optional<Lang> lang, Optional<String> url) {
        static final Meta NONE = new Meta(Optional.empty(), Optional.empty(), "", Optional.empty(), Optional.empty(), Optional.empty());

        Meta withUrl(Optional<String> address) {
            return new Meta(headline, published, dateSource, siteName, lang, address);
        }
    }

    /** The page as lines plus its metadata. */
    record Read(Page page, Meta meta) {
    }

    private static final String DROPPED_TAGS = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "figure, figcaption, iframe, svg, button, select, input, textarea, dialog, [hidden], [aria-hidden=true]";
    private static final Pattern FURNITURE_NAME = Pattern.compile(
            "(?iu)(?:^|[-_\\s])(?:nav|navbar|navigation|menu|breadcrumbs?|share|sharing|social|related|comments?|respond|reply|"
                    + "weather|forecast|ads?|advert|advertising|adv|banner|sponsor(?:ed)?|promo|widgets?|sidebar|subscribe|"
                    + "newsletter|popup|cookies?|lang(?:uage)?s?-?(?:picker|switch(?:er)?|select(?:or)?)|teasers?|"
                    + "read-?more|recommend(?:ed|ations)?|popular|most-?read|caption|credits?|partners?)(?:[-_\\s]|$)");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5",
            "h6", "li", "ul", "ol", "blockquote", "pre", "table", "tr", "dd", "dt", "dl", "br", "hr", "address", "time");

    private HtmlPageReader() {
    }

    /** Reads the page; the charset comes from a byte-order mark or {@code <meta charset>}, else UTF-8. */
    static Read read(byte[] bytes, String baseUri) {
        try {
            return read(Jsoup.parse(new java.io.ByteArrayInputStream(bytes), null, baseUri));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // reading from memory does not fail
        }
    }

    static Read read(Document doc) {
        Meta meta = meta(doc);
        doc.select(DROPPED_TAGS).remove();
        int pageText = doc.body().text().length();
        for (Element el : new ArrayList<>(doc.body().getAllElements())) {
            if (el == doc.body() || el.parent() == null || el.tagName().equals("main")) {
                continue;
            }
            String names = el.className() + " " + el.id();
            // an element holding most of the page is the content wrapper, whatever its class says
            if (FURNITURE_NAME.matcher(names).find() && el.text().length() < pageText * 0.6) {
                el.remove();
            }
        }
        Element root = contentRoot(doc);
        return new Read(new Page(lines(root)), meta);
    }

    private static Element contentRoot(Document doc) {
        Elements articles = doc.select("article, [itemprop=articleBody]");
        if (!articles.isEmpty()) {
            return articles.stream().max(Comparator.comparingInt(e -> e.text().length())).orElseThrow();
        }
        Element main = doc.selectFirst("main, [role=main]");
        return main != null ? main : doc.body();
    }

    private static List<String> lines(Element root) {
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    text.append(t.text());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    text.append(e.normalName().equals("br") ? "\n" : "\n\n");
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName()) && !e.normalName().equals("br")) {
                    text.append("\n\n");
                }
            }
        }, root);
        List<String> lines = new ArrayList<>();
        boolean lastBlank = true;
        for (String line : text.toString().split("\n", -1)) {
            String normalized = Page.normalize(line);
            if (normalized.isEmpty() && lastBlank) {
                continue;
            }
            lines.add(normalized);
            lastBlank = normalized.isEmpty();
        }
        return lines;
    }

    private static Meta meta(Document doc) {
        Optional<String> headline = text(doc.selectFirst("h1")).or(() -> attr(doc, "meta[property=og:title]", "content"))
                .or(() -> text(doc.selectFirst("title")).map(t -> t.replaceFirst("\\s+[|\u2013\u2014-]\\s+[^|\u2013\u2014-]+$", "")));
        Optional<LocalDate> published = Optional.empty();
        String source = "";
        String[][] dateSources = {
                {"meta[property=article:published_time]", "content", "meta article:published_time"},
                {"meta[itemprop=datePublished]", "content", "meta datePublished"},
                {"[itemprop=datePublished][datetime]", "datetime", "datePublished"},
                {"meta[name=pubdate], meta[name=publish-date], meta[name=date], meta[name=dc.date]", "content", "meta date"},
                {"article time[datetime]", "datetime", "<time datetime>"},
                {"time[datetime]", "datetime", "<time datetime>"}};
        for (String[] s : dateSources) {
            Optional<LocalDate> date = attr(doc, s[0], s[1]).flatMap(DateFinder::isoDate);
            if (date.isPresent()) {
                published = date;
                source = s[2];
                break;
            }
        }
        Optional<Lang> lang = Lang.fromCode(doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang"));
        return new Meta(headline, published, source, attr(doc, "meta[property=og:site_name]", "content"), lang, url(doc));
    }

    private static Optional<String> attr(Document doc, String query, String attribute) {
        Element el = doc.selectFirst(query);
        return el == null ? Optional.empty() : Optional.of(el.attr(attribute).strip()).filter(s -> !s.isEmpty());
    }

    private static Optional<String> text(Element el) {
        return el == null ? Optional.empty() : Optional.of(Page.normalize(el.text())).filter(s -> !s.isEmpty());
    }

    /** The page's own address: {@code <link rel=canonical>}, else og:url; only an absolute http(s) address counts. */
    private static Optional<String> url(Document doc) {
        for (Element link : doc.select("link[rel~=(?i)^canonical$][href]")) {
            String href = link.attr("abs:href").isEmpty() ? link.attr("href").strip() : link.attr("abs:href").strip();
            if (Source.isWebAddress(href)) {
                return Optional.of(href);
            }
        }
        for (Element meta : doc.select("meta[property=og:url][content]")) {
            String content = meta.attr("content").strip();
            if (Source.isWebAddress(content)) {
                return Optional.of(content);
            }
        }
        return Optional.empty();
    }
}
