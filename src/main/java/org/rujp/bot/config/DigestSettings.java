package org.rujp.bot.config;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.parser.CronParser;
import java.time.ZoneId;
import java.util.Optional;

/**
 * When digests go out.
 *
 * @param dailyCron cron expression of the daily digest (Unix 5-field)
 * @param weeklyCron cron expression of the weekly digest
 * @param zone the default time zone of the schedule; a chat may choose its own
 * @param itemsPerDigest how many facts one digest carries
 * @param messagesPerSecond overall sending pace
 * @param uncertain what the next run does with a digest its sender left in flight (it may have reached the chat)
 */
public record DigestSettings(String dailyCron, String weeklyCron, ZoneId zone, int itemsPerDigest, double messagesPerSecond,
                             Uncertain uncertain) {
    private static final CronParser CRON = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

    /**
     * {@code digest.uncertain}: a digest found in flight after its sender stopped (killed, or the digest-sender role
     * lost between Telegram's acceptance and the ledger's record) may have arrived or not, and the Bot API cannot
     * tell. SKIP records it as uncertain and never sends it again (at most once: no chat gets a digest twice);
     * RESEND sends it again (at least once: the chat may get it twice).
     */
    public enum Uncertain { SKIP, RESEND }

    public DigestSettings {
        java.util.Objects.requireNonNull(uncertain, "uncertain");
    }

    /** With uncertain digests skipped (the default). */
    public DigestSettings(String dailyCron, String weeklyCron, ZoneId zone, int itemsPerDigest, double messagesPerSecond) {
        this(dailyCron, weeklyCron, zone, itemsPerDigest, messagesPerSecond, Uncertain.SKIP);
    }

    /** The same settings with {@code uncertain} digests handled so. */
    public DigestSettings withUncertain(Uncertain uncertain) {
        return new DigestSettings(dailyCron, weeklyCron, zone, itemsPerDigest, messagesPerSecond, uncertain);
    }

    /** The defaults: daily at 09:00 and Mondays at 09:00, Moscow time, 3 items, 25 messages a second. */
    public static DigestSettings defaults() {
        return from(new RawSettings());
    }

    static DigestSettings from(RawSettings raw) {
        String daily = raw.string("digest.daily_cron", "0 9 * * *");
        String weekly = raw.string("digest.weekly_cron", "0 9 * * MON");
        cronProblem(daily).ifPresent(p -> raw.problem("digest.daily_cron (from " + raw.origin("digest.daily_cron") + "): " + p));
        cronProblem(weekly).ifPresent(p -> raw.problem("digest.weekly_cron (from " + raw.origin("digest.weekly_cron") + "): " + p));
        return new DigestSettings(daily, weekly,
                raw.zone("digest.zone", ZoneId.of("Europe/Moscow")),
                raw.integer("digest.items", 3, 1, 20),
                raw.decimal("digest.messages_per_second", 25, 0.1, 1000),
                raw.choice("digest.uncertain", Uncertain.SKIP, Uncertain.class));
    }

    /** Why a cron expression is not a valid Unix 5-field one ("0 9 * * MON"), or empty when it is. */
    public static Optional<String> cronProblem(String expression) {
        try {
            CRON.parse(expression).validate();
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of("expected a Unix cron expression such as \"0 9 * * MON\" (minute hour day month weekday) but got '"
                    + expression + "': " + e.getMessage());
        }
    }
}
