package org.rujp.bot.knowledge;

import java.util.List;
import java.util.function.Predicate;

/**
 * One named heuristic that recognises page furniture (navigation, credits, teasers, widgets, ads)
 * in a raw article page and removes it. Rules are general, not tied to one site: each describes a
 * kind of furniture by its shape and vocabulary.
 */
interface FurnitureRule {
    String name();

    void apply(Page page);

    /** Removes every remaining line that matches, wherever it is. */
    static FurnitureRule line(String name, Predicate<String> matches) {
        return new FurnitureRule() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void apply(Page page) {
                for (int i : page.liveLines()) {
                    if (matches.test(page.line(i))) {
                        page.remove(i, name);
                    }
                }
            }
        };
    }

    /**
     * A heading that starts the part of the page after the article (teasers, related posts, comments):
     * inside the body it removes itself and everything after; above the body only itself.
     */
    static FurnitureRule cut(String name, Predicate<String> heading) {
        return new FurnitureRule() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void apply(Page page) {
                int body = page.bodyStart();
                List<Integer> live = page.liveLines();
                for (int i : live) {
                    if (!heading.test(page.line(i))) {
                        continue;
                    }
                    if (body < 0 || i < body) {
                        page.remove(i, name);
                        continue;
                    }
                    for (int j = i; j < page.size(); j++) {
                        page.remove(j, name);
                    }
                    return;
                }
            }
        };
    }

    /**
     * A marker line (an ad label) that removes itself and the block of non-prose lines after it
     * (up to the next blank line once the block started).
     */
    static FurnitureRule block(String name, Predicate<String> marker) {
        return new FurnitureRule() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void apply(Page page) {
                for (int i : page.liveLines()) {
                    if (!page.live(i) || !marker.test(page.line(i))) {
                        continue;
                    }
                    page.remove(i, name);
                    int j = i + 1;
                    while (j < page.size() && page.blank(j)) {
                        j++;
                    }
                    for (; j < page.size() && !page.blank(j) && !Page.isProse(page.line(j)); j++) {
                        page.remove(j, name);
                    }
                }
            }
        };
    }
}
