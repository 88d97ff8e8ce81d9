package org.rujp.bot.eval;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.rujp.bot.answer.Answer;
import org.rujp.bot.answer.Answerer;
import org.rujp.bot.answer.Question;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.knowledge.Source;
import org.rujp.bot.store.ConversationHistory;
import org.rujp.bot.store.FeedbackStats;
import org.rujp.bot.store.LoggedTurn;

/**
 * Replays the questions users really asked through the current pipeline and reports what the bot would
 * now say differently, with the users' feedback.
 *
 * <ol>
 *   <li>read the logged turns (since a time) from the conversation history;</li>
 *   <li>ask each turn's resolved question again, in the language it was answered in;</li>
 *   <li>compare with the logged answer: answered/refused flips, a different top fact, different cited sources;</li>
 *   <li>add the feedback statistics: helpful rate, turns marked not helpful, the most frequent refused
 *       questions (the knowledge gaps).</li>
 * </ol>
 */
public final class LogReplay {
    private final ConversationHistory history;
    private final Answerer answerer;

    public LogReplay(ConversationHistory history, Answerer answerer) {
        this.history = history;
        this.answerer = answerer;
    }

    /** A logged turn whose replay differs, with what differs and what the bot says now. */
    public record TurnChange(long turnId, String question, List<String> what, boolean nowRefused) {
    }

    /**
     * The replay's findings.
     *
     * @param replayed turns replayed
     * @param answeredToRefused logged answered, refused now
     * @param refusedToAnswered logged refused, answered now
     * @param topFactChanged the best retrieved fact differs
     * @param sourcesChanged answered both times, citing different sources
     * @param changes every turn that differs in any of these, oldest first
     * @param nowRefusedTurnIds the turns the current pipeline refuses
     */
    public record Report(int replayed, int answeredToRefused, int refusedToAnswered, int topFactChanged, int sourcesChanged,
                         List<TurnChange> changes, Set<Long> nowRefusedTurnIds, FeedbackStats feedback, long replayNanos) {
        public int unchanged() {
            return replayed - changes.size();
        }
    }

    public Report replay(Optional<Instant> since, int topRefused) {
        List<LoggedTurn> turns = history.turns(since);
        long start = System.nanoTime();
        List<TurnChange> changes = new ArrayList<>();
        Set<Long> nowRefused = new LinkedHashSet<>();
        int toRefused = 0;
        int toAnswered = 0;
        int topChanged = 0;
        int sourcesChanged = 0;
        for (LoggedTurn turn : turns) {
            String text = turn.resolvedQuestion().isBlank() ? turn.question() : turn.resolvedQuestion();
            Answer now = answerer.answer(new Question(text, Lang.fromCode(turn.lang()), Optional.empty()));
            boolean refusedNow = now instanceof Answer.Refused;
            if (refusedNow) {
                nowRefused.add(turn.id());
            }
            List<String> what = new ArrayList<>();
            if (turn.refused() != refusedNow) {
                what.add(refusedNow ? "answered -> refused" : "refused -> answered");
                if (refusedNow) {
                    toRefused++;
                } else {
                    toAnswered++;
                }
            }
            String loggedTop = turn.facts().stream().filter(f -> f.rank() > 0).min(Comparator.comparingInt(LoggedTurn.Fact::rank))
                    .map(LoggedTurn.Fact::factId).orElse("");
            String nowTop = now.retrieved().isEmpty() ? "" : now.retrieved().get(0).fact().id();
            if (!loggedTop.equals(nowTop)) {
                what.add("top fact " + orDash(loggedTop) + " -> " + orDash(nowTop));
                topChanged++;
            }
            if (!turn.refused() && now instanceof Answer.Answered a) {
                Set<String> nowSources = new LinkedHashSet<>(a.sources().stream().map(Source::id).toList());
                if (!nowSources.equals(new LinkedHashSet<>(turn.sources()))) {
                    what.add("sources " + turn.sources() + " -> " + List.copyOf(nowSources));
                    sourcesChanged++;
                }
            }
            if (!what.isEmpty()) {
                changes.add(new TurnChange(turn.id(), turn.question(), what, refusedNow));
            }
        }
        long nanos = System.nanoTime() - start;
        return new Report(turns.size(), toRefused, toAnswered, topChanged, sourcesChanged, changes, nowRefused,
                history.feedbackStats(since, topRefused), nanos);
    }

    private static String orDash(String s) {
        return s.isEmpty() ? "-" : s;
    }

    /** The report as text; lists at most {@code maxListed} changed turns. */
    public static String render(Report r, int maxListed) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "replayed %d logged turn%s in %.1f s: %d unchanged, %d answered -> refused, "
                        + "%d refused -> answered, %d with a different top fact, %d citing different sources%n",
                r.replayed(), r.replayed() == 1 ? "" : "s", r.replayNanos() / 1e9, r.unchanged(), r.answeredToRefused(),
                r.refusedToAnswered(), r.topFactChanged(), r.sourcesChanged()));
        r.changes().stream().limit(maxListed).forEach(c -> out.append(String.format(Locale.ROOT, "  turn %d: %s%n      %s%n",
                c.turnId(), oneLine(c.question()), String.join("; ", c.what()))));
        if (r.changes().size() > maxListed) {
            out.append(String.format(Locale.ROOT, "  ... and %d more%n", r.changes().size() - maxListed));
        }
        FeedbackStats f = r.feedback();
        out.append(String.format(Locale.ROOT, "feedback: %d turns, %d refused; %d vote%s, helpful rate %s%n", f.turns(), f.refused(),
                f.votes(), f.votes() == 1 ? "" : "s",
                f.helpfulRate().isPresent() ? String.format(Locale.ROOT, "%.1f%% (%d/%d)", 100 * f.helpfulRate().getAsDouble(),
                        f.helpfulVotes(), f.votes()) : "n/a (no votes)"));
        out.append(String.format(Locale.ROOT, "marked not helpful: %d%n", f.notHelpful().size()));
        f.notHelpful().stream().limit(maxListed).forEach(m -> out.append(String.format(Locale.ROOT, "  turn %d (%s, now %s): %s%n",
                m.turnId(), m.outcome(), r.nowRefusedTurnIds().contains(m.turnId()) ? "refused" : "answered", oneLine(m.question()))));
        out.append(String.format(Locale.ROOT, "knowledge gaps (most frequent refused questions): %d%n", f.frequentRefused().size()));
        f.frequentRefused().forEach(q -> out.append(String.format(Locale.ROOT, "  %3dx %s%n", q.count(), oneLine(q.question()))));
        return out.toString();
    }

    private static String oneLine(String s) {
        String flat = s.replaceAll("\\s+", " ").strip();
        return flat.length() <= 200 ? flat : flat.substring(0, 199) + "\u2026";
    }
}
