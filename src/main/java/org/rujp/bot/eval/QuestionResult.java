package org.rujp.bot.eval;

import java.util.Locale;
import org.rujp.bot.answer.Answer;

/**
 * One gold question's outcome as a run stores it: enough to compare runs and to show expected versus
 * given answers without the knowledge base.
 *
 * @param expected what a right answer must contain ("refuse", or the answer groups and fact ids)
 * @param given what the bot said (its spoken text), or "refused: " and the reason
 * @param firstRelevantRank one-based rank of the first expected fact retrieved, 0 when absent
 * @param topFactId the best retrieved fact, empty when nothing was retrieved
 * @param topScore its score, 0 when nothing was retrieved
 * @param cited the sources the answer cited, one per line: "publisher, “title”, date", a tab and the article's URL
 *              (empty when unknown); empty for a refusal
 */
public record QuestionResult(String questionId, String lang, String type, String question, boolean shouldRefuse,
                             String expected, String given, boolean refused, boolean accurate, boolean citationCorrect,
                             int firstRelevantRank, String topFactId, double topScore, long latencyNanos,
                             String cited) {
    public QuestionResult {
        cited = cited == null ? "" : cited;
    }

    /** The cited sources as (citation, url) pairs; the url is empty when unknown. */
    public java.util.List<String[]> citedSources() {
        return cited.isEmpty() ? java.util.List.of() : cited.lines().map(l -> {
            int tab = l.indexOf('\t');
            return tab < 0 ? new String[] {l, ""} : new String[] {l.substring(0, tab), l.substring(tab + 1)};
        }).toList();
    }

    public static QuestionResult of(Outcome o) {
        GoldQuestion q = o.question();
        String expected = q.refuse() ? "refuse" : String.join("; ", q.answer().stream().map(g -> String.join(" | ", g)).toList())
                + " (facts " + String.join(", ", q.facts()) + ")";
        String given = o.answer() instanceof Answer.Answered a ? EvalRunner.spokenText(a)
                : "refused: " + ((Answer.Refused) o.answer()).reason();
        boolean any = !o.answer().retrieved().isEmpty();
        return new QuestionResult(q.id(), q.lang().code(), q.type(), q.question(), q.refuse(), expected, given,
                o.refused(), o.accurate(), o.citationCorrect(), o.firstRelevantRank(),
                any ? o.answer().retrieved().get(0).fact().id() : "", any ? o.answer().retrieved().get(0).score() : 0,
                o.latencyNanos(), o.answer() instanceof Answer.Answered a ? String.join("\n", a.sources().stream()
                        .map(s -> s.publisher() + ", \u201c" + s.title() + "\u201d, " + s.published() + "\t" + s.url()).toList()) : "");
    }

    /** "right", "wrong", or for refusals "refused" / "answered" with right or wrong. */
    public String verdict() {
        return (refused ? "refused" : "answered") + ", " + (accurate ? "right" : "wrong");
    }

    /** Answered or refused wrongly, or an answerable question whose expected fact is not in the top 3 (as {@code eval --failures}). */
    public boolean failed() {
        return !accurate || !shouldRefuse && (firstRelevantRank == 0 || firstRelevantRank > 3);
    }

    /** "rank 2" or "not retrieved". */
    public String rankText() {
        return firstRelevantRank == 0 ? (shouldRefuse ? "-" : "not retrieved") : "rank " + firstRelevantRank;
    }

    public String topText() {
        return topFactId.isEmpty() ? "-" : String.format(Locale.ROOT, "%s %.3f", topFactId, topScore);
    }
}
