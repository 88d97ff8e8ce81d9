package org.rujp.bot.ops;

import java.util.List;
import java.util.Locale;

/**
 * The kind of a refusal, for a metric label: the refusal's reason is a sentence for the logs ("top score
 * 0.210 below 0.270"), with scores and names in it, which would make a label of its own for nearly every
 * refusal. Each kind is the start of the sentences of one check of the decide stage.
 */
final class RefusalKind {
    private record Kind(String label, String start) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("empty_question", "empty question"),
            new Kind("too_long", "question of "),
            new Kind("small_talk", "small talk"),
            new Kind("nothing_retrieved", "nothing retrieved"),
            new Kind("below_threshold", "top score "),
            new Kind("unknown_name", "the question names "),
            new Kind("no_value", "the question asks for a "),
            new Kind("no_value", "the question asks for an "),
            new Kind("unknown_attribute", "the question asks the "),
            new Kind("false_premise", "false premise: "),
            new Kind("page_furniture", "page furniture: "),
            new Kind("only_planned", "the question takes as done what the fact only reports as planned"),
            new Kind("reason_untold", "the question asks why, and no fact found gives a reason"),
            new Kind("still_untold", "the question asks whether it is still so"),
            new Kind("after_the_articles", "after the articles: "));

    /** Labels the rest: the free-text reasons of the fact checks (the year asked, a season, ...). */
    static final String OTHER = "fact_check";

    private RefusalKind() {
    }

    static String of(String reason) {
        String r = reason == null ? "" : reason.strip().toLowerCase(Locale.ROOT);
        for (Kind k : KINDS) {
            if (r.startsWith(k.start())) {
                return k.label();
            }
        }
        return OTHER;
    }
}
