package org.rujp.bot.store;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.rujp.bot.knowledge.Lang;

/** Which chats get digests, how often, in which zone and language. Throws {@link StoreException} on failure. */
public interface SubscriptionStore {
    /**
     * Subscribes the chat, or changes an active subscription's frequency and language. A chat that had
     * unsubscribed is subscribed anew: its {@code created} time becomes {@code at}, so that digests it
     * missed while away are not sent. The zone is kept unless {@code zone} is given.
     */
    Subscription subscribe(long chatId, String chatType, Frequency frequency, Optional<ZoneId> zone, Lang lang, Instant at);

    /** Deactivates the subscription; false when the chat had none active. */
    boolean unsubscribe(long chatId, Instant at);

    /** The chat's subscription, active or not. */
    Optional<Subscription> get(long chatId);

    /** Every active subscription, in chat id order. */
    List<Subscription> active();

    /** Sets (or with empty, resets to the default) the chat's time zone; false when the chat never subscribed. */
    boolean setZone(long chatId, Optional<ZoneId> zone, Instant at);

    /** Changes the frequency; false when the chat never subscribed. */
    boolean setFrequency(long chatId, Frequency frequency, Instant at);
}
