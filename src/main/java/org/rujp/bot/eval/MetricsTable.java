package org.rujp.bot.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rujp.bot.answer.Answer;
import org.rujp.bot.knowledge.Lang;

/** Renders metrics overall and per language as a fixed-width table, and lists the failures. */
public final class MetricsTable {
    private MetricsTable() {
    }

    /** Metrics for all outcomes ("all") and for each language present. */
    public static Map<String, Metrics> byLanguage(List<Outcome> outcomes) {
        Map<String, Metrics> rows = new LinkedHashMap<>();
        rows.put("all", Metrics.of(outcomes));
        for (Lang lang : Lang.values()) {
            List<Outcome> subset = outcomes.stream().filter(o -> o.question().lang() == lang).toList();
            if (!subset.isEmpty()) {
                rows.put(lang.code(), Metrics.of(subset));
            }
        }
        return rows;
    }

    /**
     * Per kind of question (its gold type) and language: how many, and the share decided right (answered
     * right, or refused when it had to be) — where a kind of question fails, not which question.
     */
    public static String byType(List<Outcome> outcomes) {
        Map<String, List<Outcome>> types = new java.util.TreeMap<>();
        outcomes.forEach(o -> types.computeIfAbsent(o.question().type(), k -> new ArrayList<>()).add(o));
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-16s %9s %9s %9s %9s%n", "type", "all", "en", "ru", "ja"));
        types.forEach((type, list) -> {
            out.append(String.format(Locale.ROOT, "%-16s", type));
            out.append(cell(list));
            for (Lang lang : Lang.values()) {
                out.append(cell(list.stream().filter(o -> o.question().lang() == lang).toList()));
            }
            out.append('\n');
        });
        return out.toString();
    }

    private static String cell(List<Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            return String.format(Locale.ROOT, " %9s", "-");
        }
        long right = outcomes.stream().filter(Outcome::accurate).count();
        return String.format(Locale.ROOT, " %3d/%-5d", right, outcomes.size());
    }

    public static String render(Map<String, Metrics> rows) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-5s %5s %5s %5s %6s %6s %6s %6s %6s %6s %6s %6s %7s %7s %7s%n",
                "", "n", "ans", "unans", "hit@1", "hit@3", "MRR", "nDCG@5", "acc", "cite", "refP", "refR", "p50ms", "p95ms", "p99ms"));
        for (Map.Entry<String, Metrics> e : rows.entrySet()) {
            Metrics m = e.getValue();
            out.append(String.format(Locale.ROOT, "%-5s %5d %5d %5d %6.3f %6.3f %6.3f %6.3f %6.3f %6.3f %6.3f %6.3f %7.1f %7.1f %7.1f%n",
                    e.getKey(), m.questions(), m.answerable(), m.unanswerable(), m.hitAt1(), m.hitAt3(), m.mrr(), m.ndcgAt5(),
                    m.accuracy(), m.citationAccuracy(), m.refusalPrecision(), m.refusalRecall(), m.p50Ms(), m.p95Ms(), m.p99Ms()));
        }
        return out.toString();
    }

    /**
     * One entry per question the bot got wrong or answered right from an expected fact ranked below 3 (marked so),
     * with what it should have done and what it did.
     */
    public static List<String> failures(List<Outcome> outcomes) {
        List<String> lines = new ArrayList<>();
        for (Outcome o : outcomes) {
            if (o.accurate() && (o.question().refuse() || o.hitAt(3))) {
                continue;
            }
            GoldQuestion q = o.question();
            String top = o.answer().retrieved().isEmpty() ? "-" : String.format(Locale.ROOT, "%s %.3f",
                    o.answer().retrieved().get(0).fact().id(), o.answer().retrieved().get(0).score());
            String given = o.answer() instanceof Answer.Answered a ? "answered: " + EvalRunner.spokenText(a).replace('\n', ' ')
                    : "refused (" + ((Answer.Refused) o.answer()).reason() + ")";
            String expected = q.refuse() ? "refuse" : "facts " + q.facts() + " answer " + q.answer()
                    + (o.firstRelevantRank() == 0 ? " (not retrieved)" : " (rank " + o.firstRelevantRank() + ")");
            lines.add(q.id() + " [" + q.type() + "]" + (o.accurate() ? " (answered right; the expected fact ranked below 3)" : "") + " " + q.question() + "\n    expected " + expected + "\n    top " + top
                    + "; " + abbreviate(given, 220));
        }
        return lines;
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }
}
