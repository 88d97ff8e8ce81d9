package org.rujp.bot.store;

import java.util.OptionalLong;

/**
 * Which Telegram updates were handled, so that each is handled once even across a crash and restart.
 */
public interface UpdateLedger {
    /** Atomically marks the update handled; false when it already was (a duplicate to ignore). */
    boolean claim(long updateId);

    /** The highest update id ever claimed, to resume polling from after a restart. */
    OptionalLong lastUpdateId();
}
