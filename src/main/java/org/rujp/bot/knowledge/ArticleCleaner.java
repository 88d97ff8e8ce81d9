package org.rujp.bot.knowledge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Removes page furniture from a raw article page and separates what is left into header and body.
 *
 * <ol>
 *   <li>run the {@link FurnitureRules#standard() standard rules} (navigation, language pickers,
 *       breadcrumbs, credits, "read more" teasers, comment forms, weather widgets, ads, the
 *       sections after the article);</li>
 *   <li>take a short unpunctuated last line of the body as the page's signature ("Russkiy Mir");</li>
 *   <li>find the headline: the one the HTML names, else the header line the page repeats, else the
 *       first header line that is not a date;</li>
 *   <li>remove every repetition of the headline, photo captions (a caption printed twice, once with
 *       its credit appended) and repeated body paragraphs.</li>
 * </ol>
 */
final class ArticleCleaner {
    /**
     * @param headline the title, empty when the page has none
     * @param header what is left above the body (date lines, standfirst), in order
     * @param body the article's paragraphs, in order
     * @param signature the signature line removed from the end of the body, or empty
     * @param removals every removed line with the rule that removed it
     */
    record Cleaned(String headline, List<String> header, List<String> body, String signature, List<Page.Removal> removals) {
    }

    private final List<FurnitureRule> rules;

    ArticleCleaner(List<FurnitureRule> rules) {
        this.rules = List.copyOf(rules);
    }

    static ArticleCleaner standard() {
        return new ArticleCleaner(FurnitureRules.standard());
    }

    Cleaned clean(Page page, Optional<String> knownHeadline) {
        rules.forEach(rule -> rule.apply(page));
        String signature = removeSignature(page);
        String headline = knownHeadline.map(Page::normalize).filter(h -> !h.isEmpty()).orElseGet(() -> findHeadline(page));
        if (!headline.isEmpty()) {
            for (int i : page.liveLines()) {
                if (same(page.line(i), headline)) {
                    page.remove(i, "headline");
                }
            }
        }
        removeCaptions(page);
        removeRepeatedParagraphs(page);
        int body = page.bodyStart();
        List<String> header = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        for (int i : page.liveLines()) {
            (body >= 0 && i < body ? header : paragraphs).add(page.line(i));
        }
        return new Cleaned(headline, header, paragraphs, signature, page.removals());
    }

    /** A short last line without sentence punctuation or digits, below at least one body paragraph. */
    private static String removeSignature(Page page) {
        int body = page.bodyStart();
        List<Integer> live = page.liveLines();
        if (body < 0 || live.isEmpty()) {
            return "";
        }
        int last = live.get(live.size() - 1);
        String line = page.line(last);
        boolean shortLabel = line.length() <= 40 && Page.words(line) <= 4 && !Page.endsLikeSentence(line)
                && line.codePoints().noneMatch(Character::isDigit) && Character.isUpperCase(line.codePointAt(0));
        if (last > body && shortLabel) {
            page.remove(last, "signature");
            return line;
        }
        return "";
    }

    private static String findHeadline(Page page) {
        int body = page.bodyStart();
        List<Integer> live = page.liveLines();
        List<String> header = live.stream().filter(i -> body < 0 || i < body).map(page::line).toList();
        for (String line : header) {
            long copies = live.stream().filter(i -> same(page.line(i), line)).count();
            if (copies > 1 && !DateFinder.isDateLine(line)) {
                return line;
            }
        }
        return header.stream().filter(line -> !DateFinder.isDateLine(line)).findFirst().orElse("");
    }

    /** Header lines printed twice (exactly, or once with a credit appended) are photo captions. */
    private static void removeCaptions(Page page) {
        int body = page.bodyStart();
        List<Integer> header = page.liveLines().stream().filter(i -> body < 0 || i < body).toList();
        for (int a = 0; a < header.size(); a++) {
            for (int b = a + 1; b < Math.min(header.size(), a + 4); b++) {
                String first = page.line(header.get(a));
                String second = page.line(header.get(b));
                String shorter = first.length() <= second.length() ? first : second;
                String longer = shorter == first ? second : first;
                boolean repeated = shorter.length() >= 25 && longer.toLowerCase(Locale.ROOT).startsWith(shorter.toLowerCase(Locale.ROOT));
                if (repeated && !Page.endsLikeSentence(shorter)) {
                    page.remove(header.get(a), "photo-caption");
                    page.remove(header.get(b), "photo-caption");
                }
            }
        }
    }

    private static void removeRepeatedParagraphs(Page page) {
        Set<String> seen = new HashSet<>();
        for (int i : page.liveLines()) {
            if (!seen.add(page.line(i).toLowerCase(Locale.ROOT))) {
                page.remove(i, "repeated-line");
            }
        }
    }

    private static boolean same(String a, String b) {
        return a.equalsIgnoreCase(b);
    }
}
