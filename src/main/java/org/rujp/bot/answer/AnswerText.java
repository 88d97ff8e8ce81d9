package org.rujp.bot.answer;

import java.util.List;
import org.rujp.bot.i18n.Messages;
import org.rujp.bot.knowledge.Source;

/** Renders an answer as plain text for the console: lead, statements with numbered citations, sources. */
public final class AnswerText {
    private AnswerText() {
    }

    public static String plain(Answer answer) {
        StringBuilder out = new StringBuilder();
        if (answer instanceof Answer.Answered a) {
            List<Source> sources = a.sources();
            if (!a.lead().isEmpty()) {
                out.append(leadLine(a)).append('\n');
            }
            for (Statement s : a.statements()) {
                out.append(s.text()).append(" [").append(sources.indexOf(s.source()) + 1).append("]\n");
            }
            for (org.rujp.bot.knowledge.Lang quoted : a.quotedLanguages()) {
                out.append(Messages.get(a.lang(), "answer.quoted." + quoted.code())).append('\n');
            }
            out.append('\n').append(Messages.get(a.lang(), "answer.sources")).append(":\n");
            for (int i = 0; i < sources.size(); i++) {
                out.append('[').append(i + 1).append("] ").append(sources.get(i).citation()).append('\n');
            }
        } else if (answer instanceof Answer.Refused r) {
            out.append(r.message()).append('\n');
            if (!r.suggestions().isEmpty()) {
                if (!r.message().strip().endsWith(":")) { // "Please ask a question in words, for example:" introduces them already
                    out.append(Messages.get(r.lang(), "refusal.suggest")).append('\n');
                }
                r.suggestions().forEach(s -> out.append("  - ").append(s).append('\n'));
            }
        }
        return out.toString().stripTrailing();
    }

    /** The lead as a sentence: capitalised and ended in the answer's language, unless it ends already. */
    public static String leadLine(Answer.Answered a) {
        String lead = capitalize(a.lead());
        // "июнь 2019 г." ends already, and so does a lead that introduces the statements ("…What they do say:")
        boolean ended = lead.endsWith(".") || lead.endsWith("\u3002") || lead.endsWith(":") || lead.endsWith("：");
        return ended ? lead : Messages.get(a.lang(), "answer.lead", lead);
    }

    static String capitalize(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + text.substring(1);
    }
}
