package org.rujp.bot.telegram;

import org.rujp.bot.text.Html;
import java.time.LocalDate;
import java.util.List;
import org.rujp.bot.answer.Answer;
import org.rujp.bot.answer.Statement;
import org.rujp.bot.i18n.Messages;
import org.rujp.bot.knowledge.EventDate;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.knowledge.Source;

/**
 * Renders an answer as Bot API HTML, every piece of question or knowledge text escaped: the lead in
 * bold, each statement with its citation number, then the sources (or, folded, only the numbers);
 * a refusal quotes the question and suggests questions the bot can answer.
 */
public final class AnswerHtml {
    /** How much of a refused question is quoted back. */
    static final int QUOTE_CHARS = 200;

    private AnswerHtml() {
    }

    public static String render(Answer answer, boolean showSources) {
        if (answer instanceof Answer.Answered a) {
            return answered(a, showSources);
        }
        if (answer instanceof Answer.Refused r) {
            return refused(r);
        }
        throw new IllegalArgumentException("unknown answer " + answer.getClass());
    }

    private static String answered(Answer.Answered a, boolean showSources) {
        StringBuilder out = new StringBuilder();
        List<Source> sources = a.sources();
        if (!a.lead().isEmpty()) {
            out.append(Html.bold(org.rujp.bot.answer.AnswerText.leadLine(a))).append("\n\n");
        }
        for (Statement s : a.statements()) {
            out.append(Html.escape(s.text())).append(" [").append(sources.indexOf(s.source()) + 1).append("]\n");
        }
        for (Lang quoted : a.quotedLanguages()) {
            out.append(Html.italic(Messages.get(a.lang(), "answer.quoted." + quoted.code()))).append('\n');
        }
        if (showSources) {
            out.append('\n').append(sourcesBlock(sources, a.lang()));
        }
        return out.toString().strip();
    }

    /** "<b>Sources</b>\n[1] TASS, <i>Title</i>, 12 January 2018". */
    public static String sourcesBlock(List<Source> sources, Lang lang) {
        StringBuilder out = new StringBuilder(Html.bold(Messages.get(lang, "answer.sources"))).append('\n');
        for (int i = 0; i < sources.size(); i++) {
            out.append('[').append(i + 1).append("] ").append(source(sources.get(i), lang)).append('\n');
        }
        return out.toString().strip();
    }

    /** "TASS, <i>Title</i>, 12 January 2018", the title a link to the article when its address is known. */
    public static String source(Source s, Lang lang) {
        String title = s.hasUrl() ? Html.link(s.url(), Html.italic(s.title())) : Html.italic(s.title());
        return Html.escape(s.publisher()) + ", " + title + ", " + Html.escape(date(s.published(), lang));
    }

    static String date(LocalDate d, Lang lang) {
        return Messages.date(new EventDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth()), lang);
    }

    private static String refused(Answer.Refused r) {
        StringBuilder out = new StringBuilder();
        String q = r.question().strip();
        if (!q.isEmpty() && q.codePoints().anyMatch(Character::isLetterOrDigit)) {
            String quoted = q.length() > QUOTE_CHARS ? q.substring(0, QUOTE_CHARS) + "\u2026" : q;
            out.append("\u2753 ").append(Html.italic(quoted.replaceAll("\\s+", " "))).append("\n\n");
        }
        out.append(Html.escape(r.message()));
        if (!r.suggestions().isEmpty()) {
            String intro = Messages.get(r.lang(), "refusal.suggest");
            if (!r.message().strip().endsWith(":")) {
                out.append("\n\n").append(Html.escape(intro));
            }
            out.append('\n');
            r.suggestions().forEach(s -> out.append("\u2022 ").append(Html.escape(s)).append('\n'));
        }
        return out.toString().strip();
    }
}
