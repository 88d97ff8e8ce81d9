package org.rujp.bot.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.rujp.bot.knowledge.Fact;
import org.rujp.bot.knowledge.KnowledgeBase;
import org.rujp.bot.store.ChatProgress;
import org.rujp.bot.store.Delivery;
import org.rujp.bot.store.DeliveryLedger;
import org.rujp.bot.store.DigestProgress;
import org.rujp.bot.store.Frequency;
import org.rujp.bot.store.Subscription;
import org.rujp.bot.store.SubscriptionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pass of the digest schedule:
 * <ol>
 *   <li>register the current knowledge base, so that facts added since a chat's last digest count as new;</li>
 *   <li>take over what an earlier run left (the bot stopped, or another replica held the digest-sender role and
 *       died): a delivery it left in flight may have reached the chat, so it is {@link UncertainDeliveries uncertain}
 *       and, unless {@code digest.uncertain} is resend, not sent again; one it planned but never marked in flight is
 *       resumed with the same facts, and given up after {@link #MAX_ATTEMPTS} attempts;</li>
 *   <li>for every active subscription, find the latest scheduled time at or before now; when the ledger
 *       has no delivery with that digest key, compose the digest and plan it in the ledger;</li>
 *   <li>send everything planned through {@link DigestDelivery}, which marks each delivery sent, failed
 *       or unsubscribed.</li>
 * </ol>
 * A run missed while the bot was down is therefore caught up once at the next run and never repeated.
 */
final class DigestRun {
    private static final Logger log = LoggerFactory.getLogger(DigestRun.class);
    /** The first attempt plus one resend after a crash. */
    static final int MAX_ATTEMPTS = 2;

    private final Supplier<KnowledgeBase> knowledge;
    private final SubscriptionStore subscriptions;
    private final DeliveryLedger ledger;
    private final DigestProgress progress;
    private final DigestSchedule schedule;
    private final DigestComposer composer;
    private final DigestRenderer renderer;
    private final DigestDelivery delivery;
    private final UncertainDeliveries uncertain;
    private String registeredVersion;
    private Map<String, Instant> firstSeen = Map.of();

    DigestRun(Supplier<KnowledgeBase> knowledge, SubscriptionStore subscriptions, DeliveryLedger ledger,
              DigestProgress progress, DigestSchedule schedule, DigestComposer composer, DigestRenderer renderer,
              DigestDelivery delivery, UncertainDeliveries uncertain) {
        this.knowledge = knowledge;
        this.subscriptions = subscriptions;
        this.ledger = ledger;
        this.progress = progress;
        this.schedule = schedule;
        this.composer = composer;
        this.renderer = renderer;
        this.delivery = delivery;
        this.uncertain = uncertain;
    }

    RunReport run(Instant now) {
        KnowledgeBase kb = knowledge.get();
        Map<String, Instant> firstSeen = register(kb, now);
        List<DigestDelivery.Job> jobs = new ArrayList<>();
        Set<Long> busy = new HashSet<>();
        int[] foundUncertain = {0};
        int gaveUp = resume(kb, firstSeen, now, jobs, busy, foundUncertain);
        int resumed = jobs.size();
        for (Subscription sub : subscriptions.active()) {
            if (busy.contains(sub.chatId())) {
                continue;
            }
            Optional<DigestSchedule.Due> due = schedule.due(sub, now);
            if (due.isEmpty() || ledger.has(sub.chatId(), due.get().key())) {
                continue;
            }
            LocalDate day = due.get().at().toLocalDate();
            ChatProgress chat = progress.of(sub.chatId());
            List<DigestItem> items = composer.choose(kb, chat, firstSeen, since(chat, sub), day);
            if (items.isEmpty()) {
                continue;
            }
            Optional<Delivery> planned = ledger.plan(sub.chatId(), due.get().key(),
                    items.stream().map(i -> i.fact().id()).toList(), sub.lang(), now);
            planned.ifPresent(d -> jobs.add(new DigestDelivery.Job(d, sub,
                    renderer.render(items, kb, sub.lang(), sub.frequency(), day, false))));
        }
        DigestDelivery.Counts counts = delivery.deliver(jobs, kb::version, uncertain);
        RunReport report = new RunReport(now, jobs.size() - resumed, resumed, counts.sent(), counts.failed() + gaveUp,
                counts.unsubscribed(), counts.uncertain() + foundUncertain[0]);
        if (jobs.isEmpty() && gaveUp == 0 && report.uncertain() == 0) {
            log.debug("Digest run at {}: nothing due", now);
        } else {
            log.info("Digest run at {}: {}", now, report);
        }
        return report;
    }

    /** Registers the knowledge base's facts once per knowledge version; returns when each fact first appeared. */
    private Map<String, Instant> register(KnowledgeBase kb, Instant now) {
        if (!kb.version().equals(registeredVersion)) {
            int added = progress.registerKnowledge(kb.facts().stream().map(Fact::id).toList(), kb.version(), now);
            if (added > 0) {
                log.info("Digest catalog: {} facts registered (knowledge {})", added,
                        kb.version().substring(0, Math.min(12, kb.version().length())));
            }
            firstSeen = progress.firstSeen();
            registeredVersion = kb.version();
        }
        return firstSeen;
    }

    /**
     * Turns unfinished deliveries into jobs (or gives up on them); returns how many were given up, and counts in
     * {@code foundUncertain} those found in flight. Only the process holding the sender role runs this, and its
     * own runs one at a time, so every delivery still in flight now was left by a sender that stopped or lost the
     * role. Should that one still be sending it, its answer turns the uncertain delivery into sent, and this run
     * does not send it (unless {@code digest.uncertain} is resend, which accepts a second copy).
     */
    private int resume(KnowledgeBase kb, Map<String, Instant> firstSeen, Instant now, List<DigestDelivery.Job> jobs,
                       Set<Long> busy, int[] foundUncertain) {
        int gaveUp = 0;
        for (Delivery d : ledger.unfinished()) {
            busy.add(d.chatId());
            if (d.state() == Delivery.State.SENDING) {
                foundUncertain[0]++;
                if (!uncertain.found(d, "its sender stopped between marking it in flight and recording Telegram's answer")) {
                    continue;
                }
            }
            Optional<Subscription> sub = subscriptions.get(d.chatId()).filter(Subscription::active);
            if (sub.isEmpty()) {
                ledger.markUnsubscribed(d.id(), now, "the chat unsubscribed before this digest was sent");
                continue;
            }
            if (d.attempts() >= MAX_ATTEMPTS) {
                log.warn("Digest {} for chat {}: giving up after {} attempts", d.digestKey(), d.chatId(), d.attempts());
                ledger.markFailed(d.id(), now, "gave up after " + d.attempts() + " attempts interrupted by restarts");
                gaveUp++;
                continue;
            }
            List<Fact> facts = d.factIds().stream().map(kb::fact).flatMap(Optional::stream).toList();
            if (facts.isEmpty()) {
                ledger.markFailed(d.id(), now, "its facts are no longer in the knowledge base");
                gaveUp++;
                continue;
            }
            LocalDate day = dayOf(d.digestKey()).orElse(now.atZone(schedule.zoneOf(sub.get())).toLocalDate());
            Frequency frequency = d.digestKey().startsWith(Frequency.WEEKLY.code()) ? Frequency.WEEKLY : Frequency.DAILY;
            ChatProgress chat = progress.of(d.chatId());
            List<DigestItem> items = composer.classify(facts, kb, firstSeen, since(chat, sub.get()), day);
            log.info("Resuming digest {} for chat {} (attempt {})", d.digestKey(), d.chatId(), d.attempts() + 1);
            jobs.add(new DigestDelivery.Job(d, sub.get(), renderer.render(items, kb, d.lang(), frequency, day, false)));
        }
        return gaveUp;
    }

    /** Facts first seen after this are new to the chat (until it reads them): when it subscribed. */
    static Instant since(ChatProgress chat, Subscription sub) {
        return sub.created();
    }

    /** The date part of a digest key, "daily:2026-11-23". */
    static Optional<LocalDate> dayOf(String key) {
        int colon = key.indexOf(':');
        try {
            return Optional.of(LocalDate.parse(key.substring(colon + 1)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
