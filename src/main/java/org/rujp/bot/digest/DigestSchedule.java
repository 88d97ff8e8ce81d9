package org.rujp.bot.digest;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.rujp.bot.config.ConfigException;
import org.rujp.bot.config.DigestSettings;
import org.rujp.bot.store.Frequency;
import org.rujp.bot.store.Subscription;

/**
 * When each chat's digest is due: the daily and weekly cron expressions of {@link DigestSettings}, read in
 * the chat's own time zone or the configured default. A chat is due for the latest scheduled time at or
 * before now that is not before it subscribed; comparing that time's digest key with the ledger catches
 * up a run missed while the bot was down, once, however many runs were missed.
 */
public final class DigestSchedule {
    private static final CronParser PARSER = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

    private final Map<Frequency, ExecutionTime> times = new EnumMap<>(Frequency.class);
    private final ZoneId defaultZone;
    private volatile LastDueCache lastDueCache = new LastDueCache(Instant.MIN, Map.of());

    public DigestSchedule(DigestSettings settings) {
        List<String> problems = new ArrayList<>();
        DigestSettings.cronProblem(settings.dailyCron()).ifPresent(p -> problems.add("digest.daily_cron: " + p));
        DigestSettings.cronProblem(settings.weeklyCron()).ifPresent(p -> problems.add("digest.weekly_cron: " + p));
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        times.put(Frequency.DAILY, ExecutionTime.forCron(PARSER.parse(settings.dailyCron())));
        times.put(Frequency.WEEKLY, ExecutionTime.forCron(PARSER.parse(settings.weeklyCron())));
        this.defaultZone = settings.zone();
    }

    /**
     * A digest a subscription is due for.
     *
     * @param at the scheduled time, in the chat's zone
     * @param key the digest key: frequency and the scheduled local date, "daily:2026-11-23"
     */
    public record Due(Subscription subscription, ZonedDateTime at, String key) {
    }

    public ZoneId defaultZone() {
        return defaultZone;
    }

    public ZoneId zoneOf(Subscription subscription) {
        return subscription.zoneOr(defaultZone);
    }

    /** The latest scheduled time at or before {@code now}. */
    public Optional<ZonedDateTime> lastDue(Frequency frequency, ZoneId zone, Instant now) {
        // Computing it costs about 0.3 ms; a run asks for the same few (frequency, zone) pairs for every chat.
        LastDueCache cache = lastDueCache;
        if (!cache.now().equals(now)) {
            cache = new LastDueCache(now, new ConcurrentHashMap<>());
            lastDueCache = cache;
        }
        // cron-utils returns the last execution strictly before its argument; a nanosecond later includes now.
        return cache.values().computeIfAbsent(frequency.code() + " " + zone.getId(),
                k -> times.get(frequency).lastExecution(now.plusNanos(1).atZone(zone)));
    }

    private record LastDueCache(Instant now, Map<String, Optional<ZonedDateTime>> values) {
    }

    /** The first scheduled time after {@code now}. */
    public Optional<ZonedDateTime> nextDue(Frequency frequency, ZoneId zone, Instant now) {
        return times.get(frequency).nextExecution(now.atZone(zone));
    }

    /** The digest this subscription is due for at {@code now}, if a scheduled time has come since it subscribed. */
    public Optional<Due> due(Subscription subscription, Instant now) {
        if (!subscription.active()) {
            return Optional.empty();
        }
        return lastDue(subscription.frequency(), zoneOf(subscription), now)
                .filter(at -> !at.toInstant().isBefore(subscription.created()))
                .map(at -> new Due(subscription, at, key(subscription.frequency(), at)));
    }

    public static String key(Frequency frequency, ZonedDateTime at) {
        return frequency.code() + ":" + at.toLocalDate();
    }
}
