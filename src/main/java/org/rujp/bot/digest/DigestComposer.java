package org.rujp.bot.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rujp.bot.knowledge.EventDate;
import org.rujp.bot.knowledge.Fact;
import org.rujp.bot.knowledge.KnowledgeBase;
import org.rujp.bot.knowledge.Source;
import org.rujp.bot.store.ChatProgress;

/**
 * Chooses what a chat's next digest carries, so that every digest is useful and no chat reads a fact
 * twice before it has read them all.
 *
 * <p>Each fact is ranked by, in order:
 * <ol>
 *   <li>how many times this chat has already received it (fewest first): a fact comes round again only
 *       when every fact of the knowledge base has been sent as often, which makes rounds;</li>
 *   <li>why it is interesting today: new in the knowledge base (added since the chat's last digest, or
 *       earlier but after it subscribed and still unread there; passages of newly ingested articles before
 *       new curated facts), then "on this day" (its event date falls on
 *       today's month and day in an earlier year), then the rest;</li>
 *   <li>its place on the timeline (event date; undated facts last), so that over the rounds the chat
 *       reads the exchanges in order.</li>
 * </ol>
 * The first {@code itemsPerDigest} facts of that ranking make the digest.
 */
public final class DigestComposer {
    private final int itemsPerDigest;
    private volatile Timeline timeline;

    public DigestComposer(int itemsPerDigest) {
        if (itemsPerDigest < 1) {
            throw new IllegalArgumentException("a digest needs at least one item but itemsPerDigest is " + itemsPerDigest);
        }
        this.itemsPerDigest = itemsPerDigest;
    }

    /**
     * The items of the chat's next digest.
     *
     * @param knowledge the current knowledge base
     * @param progress what the chat has read
     * @param firstSeen when each fact first appeared (facts missing here count as old)
     * @param since facts first seen after this count as new: when the chat subscribed
     * @param today today's date in the chat's time zone
     */
    public List<DigestItem> choose(KnowledgeBase knowledge, ChatProgress progress, Map<String, Instant> firstSeen,
                                   Instant since, LocalDate today) {
        Timeline order = timeline(knowledge);
        List<Ranked> ranked = new ArrayList<>();
        for (Fact fact : knowledge.facts()) {
            int times = progress.times(fact.id());
            Ranked r = rank(fact, times, knowledge, firstSeen, since, today);
            ranked.add(new Ranked(r.item(), times, r.interest(), order.position(fact.id())));
        }
        ranked.sort(Comparator.comparingInt(Ranked::times).thenComparingInt(Ranked::interest)
                .thenComparingInt(Ranked::position));
        return ranked.stream().limit(itemsPerDigest).map(Ranked::item).toList();
    }

    /** Labels already chosen (unread) facts with why they were chosen, keeping their order (resent digests). */
    public List<DigestItem> classify(List<Fact> facts, KnowledgeBase knowledge, Map<String, Instant> firstSeen,
                                     Instant since, LocalDate today) {
        return facts.stream().map(f -> rank(f, 0, knowledge, firstSeen, since, today).item()).toList();
    }

    /** A fact is new when it appeared after {@code since} and the chat has not read it yet. */
    private static Ranked rank(Fact fact, int times, KnowledgeBase knowledge, Map<String, Instant> firstSeen,
                               Instant since, LocalDate today) {
        Instant seen = firstSeen.get(fact.id());
        if (times == 0 && seen != null && seen.isAfter(since)) {
            return new Ranked(new DigestItem(fact, DigestItem.Reason.NEW), times, isIngested(fact, knowledge) ? 0 : 1, 0);
        }
        if (onThisDay(fact, MonthDay.from(today), today.getYear())) {
            return new Ranked(new DigestItem(fact, DigestItem.Reason.ON_THIS_DAY), times, 2, 0);
        }
        return new Ranked(new DigestItem(fact, DigestItem.Reason.TIMELINE), times, 3, 0);
    }

    static boolean isIngested(Fact fact, KnowledgeBase knowledge) {
        return fact.kind() == Fact.Kind.PASSAGE || knowledge.sourceOf(fact).origin() == Source.Origin.INGESTED;
    }

    static boolean onThisDay(Fact fact, MonthDay today, int year) {
        Optional<EventDate> date = fact.date();
        return date.isPresent() && date.get().year() < year && date.get().monthDay().map(today::equals).orElse(false);
    }

    private Timeline timeline(KnowledgeBase knowledge) {
        Timeline current = timeline;
        if (current == null || !current.version().equals(knowledge.version())) {
            current = Timeline.of(knowledge);
            timeline = current;
        }
        return current;
    }

    private record Ranked(DigestItem item, int times, int interest, int position) {
    }

    /** Facts in event-date order (undated last, then by publication date and file order). */
    private record Timeline(String version, Map<String, Integer> positions) {
        static Timeline of(KnowledgeBase knowledge) {
            List<Fact> facts = knowledge.facts();
            Map<String, Integer> fileOrder = new HashMap<>();
            for (int i = 0; i < facts.size(); i++) {
                fileOrder.put(facts.get(i).id(), i);
            }
            List<Fact> sorted = new ArrayList<>(facts);
            sorted.sort(Comparator.<Fact, Boolean>comparing(f -> f.date().isEmpty())
                    .thenComparing(f -> f.date().orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(f -> knowledge.sourceOf(f).published())
                    .thenComparingInt(f -> fileOrder.get(f.id())));
            Map<String, Integer> positions = new HashMap<>();
            for (int i = 0; i < sorted.size(); i++) {
                positions.put(sorted.get(i).id(), i);
            }
            return new Timeline(knowledge.version(), positions);
        }

        int position(String factId) {
            return positions.getOrDefault(factId, Integer.MAX_VALUE);
        }
    }
}
