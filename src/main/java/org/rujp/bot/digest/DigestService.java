package org.rujp.bot.digest;

import org.rujp.bot.text.Html;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.rujp.bot.config.DigestSettings;
import org.rujp.bot.i18n.Messages;
import org.rujp.bot.knowledge.EventDate;
import org.rujp.bot.knowledge.Fact;
import org.rujp.bot.knowledge.KnowledgeBase;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.store.ChatProgress;
import org.rujp.bot.store.Database;
import org.rujp.bot.store.DeliveryLedger;
import org.rujp.bot.store.DigestProgress;
import org.rujp.bot.store.Frequency;
import org.rujp.bot.store.JdbcDeliveryLedger;
import org.rujp.bot.store.JdbcDigestProgress;
import org.rujp.bot.store.JdbcSubscriptionStore;
import org.rujp.bot.store.Subscription;
import org.rujp.bot.store.SubscriptionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the Telegram side calls for digests. Commands: {@code /subscribe [daily|weekly]},
 * {@code /unsubscribe}, {@code /digest} (a preview of the next digest, not marked as read),
 * {@code /settings} (schedule and zone), {@code /settings zone Asia/Tokyo|default},
 * {@code /settings frequency daily|weekly}. In groups only administrators may change anything: the caller
 * passes {@code isAdmin} from getChatMember. Replies are Telegram HTML in the caller's language.
 * {@link #runDue} sends the digests that are due; call it every minute (see {@link DigestTicker}).
 */
public final class DigestService {
    private static final Logger log = LoggerFactory.getLogger(DigestService.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private final Supplier<KnowledgeBase> knowledge;
    private final SubscriptionStore subscriptions;
    private final DigestProgress progress;
    private final DigestSchedule schedule;
    private final DigestComposer composer;
    private final DigestRenderer renderer = new DigestRenderer();
    private final DigestRun run;
    private final Clock clock;
    private final ReentrantLock running = new ReentrantLock();

    public DigestService(Supplier<KnowledgeBase> knowledge, SubscriptionStore subscriptions, DeliveryLedger ledger,
                         DigestProgress progress, DigestSettings settings, DigestDelivery delivery, Clock clock) {
        this(knowledge, subscriptions, ledger, progress, settings, delivery, clock, DigestEvents.NONE);
    }

    /** @param events told of every uncertain digest found (serve counts them in its metrics) */
    public DigestService(Supplier<KnowledgeBase> knowledge, SubscriptionStore subscriptions, DeliveryLedger ledger,
                         DigestProgress progress, DigestSettings settings, DigestDelivery delivery, Clock clock,
                         DigestEvents events) {
        this.knowledge = knowledge;
        this.subscriptions = subscriptions;
        this.progress = progress;
        this.schedule = new DigestSchedule(settings);
        this.composer = new DigestComposer(settings.itemsPerDigest());
        this.clock = clock;
        this.run = new DigestRun(knowledge, subscriptions, ledger, progress, schedule, composer, renderer, delivery,
                new UncertainDeliveries(ledger, settings.uncertain(), events, clock));
    }

    /** The usual wiring over the bot's store (SQLite file or PostgreSQL), paced at {@link DigestSettings#messagesPerSecond()}. */
    public static DigestService on(Database db, Supplier<KnowledgeBase> knowledge, DigestSettings settings,
                                       DigestSender sender, Clock clock, Sleeper sleeper, DigestDelivery.Options options) {
        return on(db, knowledge, settings, sender, clock, sleeper, options, DigestEvents.NONE);
    }

    /** As {@link #on(Database, Supplier, DigestSettings, DigestSender, Clock, Sleeper, DigestDelivery.Options)}, telling {@code events}. */
    public static DigestService on(Database db, Supplier<KnowledgeBase> knowledge, DigestSettings settings,
                                       DigestSender sender, Clock clock, Sleeper sleeper, DigestDelivery.Options options,
                                       DigestEvents events) {
        SubscriptionStore subscriptions = new JdbcSubscriptionStore(db);
        DeliveryLedger ledger = new JdbcDeliveryLedger(db);
        TokenBucketPacer pacer = new TokenBucketPacer(clock, sleeper, settings.messagesPerSecond());
        DigestDelivery delivery = new DigestDelivery(sender, ledger, subscriptions, pacer, clock, sleeper, options);
        return new DigestService(knowledge, subscriptions, ledger, new JdbcDigestProgress(db), settings, delivery, clock, events);
    }

    /** {@code /subscribe [daily|weekly]}: without an argument keeps the current frequency (daily for a new chat). */
    public String subscribe(ChatRef chat, String args, boolean isAdmin) {
        if (!allowed(chat, isAdmin)) {
            return Messages.get(chat.lang(), "digest.admins_only");
        }
        Optional<Subscription> existing = subscriptions.get(chat.chatId()).filter(Subscription::active);
        Frequency frequency = existing.map(Subscription::frequency).orElse(Frequency.DAILY);
        String word = args == null ? "" : args.strip();
        if (!word.isEmpty()) {
            Optional<Frequency> parsed = Frequency.fromCode(word);
            if (parsed.isEmpty()) {
                return Messages.get(chat.lang(), "digest.bad_frequency", Html.escape(word));
            }
            frequency = parsed.get();
        }
        Subscription sub = subscriptions.subscribe(chat.chatId(), chat.chatType(), frequency, Optional.empty(), chat.lang(),
                clock.instant());
        log.info("Chat {} subscribed to the {} digest ({})", chat.chatId(), frequency.code(), chat.lang().code());
        return Messages.get(chat.lang(), "digest.subscribed", Messages.get(chat.lang(), "digest.frequency." + frequency.code()),
                nextTime(sub, chat.lang()), zoneName(sub, chat.lang()));
    }

    /** {@code /unsubscribe}. */
    public String unsubscribe(ChatRef chat, boolean isAdmin) {
        if (!allowed(chat, isAdmin)) {
            return Messages.get(chat.lang(), "digest.admins_only");
        }
        if (!subscriptions.unsubscribe(chat.chatId(), clock.instant())) {
            return Messages.get(chat.lang(), "digest.not_subscribed");
        }
        log.info("Chat {} unsubscribed from digests", chat.chatId());
        return Messages.get(chat.lang(), "digest.unsubscribed");
    }

    /** {@code /settings}, {@code /settings zone Asia/Tokyo|default}, {@code /settings frequency weekly}. */
    public String settings(ChatRef chat, String args, boolean isAdmin) {
        Lang lang = chat.lang();
        Optional<Subscription> sub = subscriptions.get(chat.chatId()).filter(Subscription::active);
        String[] words = args == null || args.isBlank() ? new String[0] : args.strip().split("\\s+");
        if (words.length == 0) {
            return sub.map(s -> Messages.get(lang, "digest.settings", Messages.get(lang, "digest.frequency." + s.frequency().code()),
                            nextTime(s, lang), zoneName(s, lang), Messages.get(lang, "language." + s.lang().code())))
                    .orElseGet(() -> Messages.get(lang, "digest.not_subscribed"));
        }
        if (words.length != 2 || !(words[0].equalsIgnoreCase("zone") || words[0].equalsIgnoreCase("frequency"))) {
            return Html.escape(Messages.get(lang, "digest.settings.usage"));
        }
        if (!allowed(chat, isAdmin)) {
            return Messages.get(lang, "digest.admins_only");
        }
        if (sub.isEmpty()) {
            return Messages.get(lang, "digest.not_subscribed");
        }
        Instant now = clock.instant();
        if (words[0].equalsIgnoreCase("frequency")) {
            Optional<Frequency> frequency = Frequency.fromCode(words[1]);
            if (frequency.isEmpty()) {
                return Messages.get(lang, "digest.bad_frequency", Html.escape(words[1]));
            }
            subscriptions.setFrequency(chat.chatId(), frequency.get(), now);
            Subscription changed = subscriptions.get(chat.chatId()).orElseThrow();
            return Messages.get(lang, "digest.frequency_set", Messages.get(lang, "digest.frequency." + frequency.get().code()),
                    nextTime(changed, lang));
        }
        Optional<ZoneId> zone;
        if (words[1].equalsIgnoreCase("default")) {
            zone = Optional.empty();
        } else {
            try {
                zone = Optional.of(ZoneId.of(words[1]));
            } catch (DateTimeException e) {
                return Messages.get(lang, "digest.bad_zone", Html.escape(words[1]));
            }
        }
        subscriptions.setZone(chat.chatId(), zone, now);
        Subscription changed = subscriptions.get(chat.chatId()).orElseThrow();
        log.info("Chat {} set its digest zone to {}", chat.chatId(), schedule.zoneOf(changed));
        return Messages.get(lang, "digest.zone_set", zoneName(changed, lang), nextTime(changed, lang));
    }

    /**
     * {@code /digest}: the digest the chat would get if it were due now, marked as a preview. Nothing is
     * recorded: the real digest still carries these facts.
     */
    public List<DigestMessage> preview(ChatRef chat) {
        Instant now = clock.instant();
        Subscription sub = subscriptions.get(chat.chatId()).filter(Subscription::active)
                .orElseGet(() -> new Subscription(chat.chatId(), chat.chatType(), Frequency.DAILY, Optional.empty(),
                        chat.lang(), now, false));
        KnowledgeBase kb = knowledge.get();
        ChatProgress chatProgress = progress.of(chat.chatId());
        ZonedDateTime today = now.atZone(schedule.zoneOf(sub));
        List<DigestItem> items = composer.choose(kb, chatProgress, progress.firstSeen(), DigestRun.since(chatProgress, sub),
                today.toLocalDate());
        return renderer.render(items, kb, sub.lang(), sub.frequency(), today.toLocalDate(), true);
    }

    /** The fact behind a digest's "ask about" button ({@code dq:...} callback data), to ask a follow-up about. */
    public Optional<Fact> followUp(String callbackData) {
        return FollowUpButtons.resolve(callbackData, knowledge.get());
    }

    /** Sends every digest due at {@code now}; a run already going makes this one a no-op. Store failures propagate. */
    public RunReport runDue(Instant now) {
        if (!running.tryLock()) {
            log.info("Digest run at {} skipped: the previous run is still sending", now);
            return new RunReport(now, 0, 0, 0, 0, 0, 0);
        }
        try {
            return run.run(now);
        } finally {
            running.unlock();
        }
    }

    public Optional<Subscription> subscription(long chatId) {
        return subscriptions.get(chatId);
    }

    public DigestSchedule schedule() {
        return schedule;
    }

    private static boolean allowed(ChatRef chat, boolean isAdmin) {
        return isAdmin || !Subscription.isGroup(chat.chatType());
    }

    private String nextTime(Subscription sub, Lang lang) {
        return schedule.nextDue(sub.frequency(), schedule.zoneOf(sub), clock.instant())
                .map(t -> Messages.get(lang, "digest.when", Messages.date(EventDate.of(t.toLocalDate()), lang), TIME.format(t)))
                .orElse("?");
    }

    private String zoneName(Subscription sub, Lang lang) {
        String id = Html.escape(schedule.zoneOf(sub).getId());
        return sub.zone().isPresent() ? id : Messages.get(lang, "digest.zone.default", id);
    }
}
