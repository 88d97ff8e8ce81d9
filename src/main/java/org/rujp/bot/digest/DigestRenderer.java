package org.rujp.bot.digest;

import org.rujp.bot.text.Html;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rujp.bot.i18n.Messages;
import org.rujp.bot.knowledge.EventDate;
import org.rujp.bot.knowledge.Fact;
import org.rujp.bot.knowledge.KnowledgeBase;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.knowledge.Source;
import org.rujp.bot.store.Frequency;

/**
 * Writes a digest as Telegram HTML in the chat's language: a title, one block per item (why it was
 * chosen, the fact, its source: publisher, headline, date) with an "ask about it" button, and a footer
 * with the commands. Blocks are packed into messages of at most 4096 characters; an item longer than
 * that is split at paragraph, sentence or word boundaries, never inside a tag or an entity.
 */
public final class DigestRenderer {
    private final int limit;

    public DigestRenderer() {
        this(DigestMessage.MAX_LENGTH);
    }

    /** With a smaller message limit (tests of splitting). */
    DigestRenderer(int limit) {
        if (limit < 1000 || limit > DigestMessage.MAX_LENGTH) {
            throw new IllegalArgumentException("message limit must be 1000-4096 but is " + limit);
        }
        this.limit = limit;
    }

    public List<DigestMessage> render(List<DigestItem> items, KnowledgeBase knowledge, Lang lang, Frequency frequency,
                                      LocalDate date, boolean preview) {
        Packer packer = new Packer();
        String title = "<b>" + Html.escape(Messages.get(lang, "digest.title." + frequency.code(),
                Messages.date(EventDate.of(date), lang))) + "</b>";
        if (preview) {
            title += "\n<i>" + Html.escape(Messages.get(lang, "digest.preview")) + "</i>";
        }
        packer.add(title, null);
        if (items.isEmpty()) {
            packer.add(Html.escape(Messages.get(lang, "digest.empty")), null);
        }
        for (int i = 0; i < items.size(); i++) {
            DigestItem item = items.get(i);
            Fact fact = item.fact();
            String label = "<b>" + (i + 1) + ".</b> <i>" + Html.escape(reason(item, lang)) + "</i>";
            String source = "<i>" + Html.escape(citation(knowledge.sourceOf(fact), lang)) + "</i>";
            DigestButton button = new DigestButton(Messages.get(lang, "digest.ask", Integer.toString(i + 1)),
                    FollowUpButtons.callbackData(fact.id()));
            String text = Html.escape(fact.text(lang));
            String block = label + "\n" + text + "\n" + source;
            if (block.length() <= limit) {
                packer.add(block, button);
            } else {
                List<String> chunks = Html.split(text, Math.max(500, limit - label.length() - source.length() - 2));
                for (int c = 0; c < chunks.size(); c++) {
                    String piece = (c == 0 ? label + "\n" : "") + chunks.get(c) + (c == chunks.size() - 1 ? "\n" + source : "");
                    packer.add(piece, c == chunks.size() - 1 ? button : null);
                }
            }
        }
        packer.add(Html.escape(Messages.get(lang, "digest.footer")), null);
        return packer.messages();
    }

    static String reason(DigestItem item, Lang lang) {
        return switch (item.reason()) {
            case NEW -> Messages.get(lang, "digest.reason.new");
            case ON_THIS_DAY -> Messages.get(lang, "digest.reason.on_this_day", Messages.date(item.fact().date().orElseThrow(), lang));
            case TIMELINE -> item.fact().date()
                    .map(d -> Messages.get(lang, "digest.reason.timeline", Messages.date(d, lang)))
                    .orElseGet(() -> Messages.get(lang, "digest.reason.timeline_undated"));
        };
    }

    /** "Source: TASS, “Headline”, 12 January 2018" in the chat's language. */
    static String citation(Source source, Lang lang) {
        return Messages.get(lang, "digest.source", source.publisher(), source.title(),
                Messages.date(EventDate.of(source.published()), lang));
    }

    /** Packs blocks into messages under the limit, blank line between blocks. */
    private final class Packer {
        private final List<DigestMessage> messages = new ArrayList<>();
        private final StringBuilder html = new StringBuilder();
        private final List<DigestButton> buttons = new ArrayList<>();

        void add(String block, DigestButton button) {
            if (html.length() > 0 && html.length() + 2 + block.length() > limit) {
                flush();
            }
            if (html.length() > 0) {
                html.append("\n\n");
            }
            html.append(block);
            if (button != null) {
                buttons.add(button);
            }
        }

        private void flush() {
            messages.add(new DigestMessage(html.toString(), buttons));
            html.setLength(0);
            buttons.clear();
        }

        List<DigestMessage> messages() {
            if (html.length() > 0) {
                flush();
            }
            return messages;
        }
    }
}
