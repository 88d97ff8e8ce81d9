package org.rujp.bot.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.rujp.bot.knowledge.Lang;

/**
 * One digest for one chat, as the ledger records it.
 *
 * @param id the ledger's id
 * @param chatId the chat
 * @param digestKey which digest: "daily:2026-11-23", "weekly:2026-11-23"
 * @param factIds the facts it carries, in order
 * @param lang the language it is written in
 * @param state see {@link State}
 * @param attempts how many times sending was started (persisted before each attempt)
 * @param plannedAt when it was planned
 * @param sendingBy the process that marked it in flight last ("host pid 4121 (serve)"), when one did
 * @param attemptedAt when that process marked it in flight
 */
public record Delivery(long id, long chatId, String digestKey, List<String> factIds, Lang lang, State state,
                       int attempts, Instant plannedAt, Optional<String> sendingBy, Optional<Instant> attemptedAt) {
    /**
     * PLANNED: to be sent. SENDING: marked in flight by {@link #sendingBy}, its messages going to Telegram now.
     * SENT, FAILED (given up; nothing more is sent), UNSUBSCRIBED (the chat refused the bot). UNCERTAIN: found in
     * flight after its sender stopped, so it may or may not have reached the chat; sent again only on request.
     */
    public enum State { PLANNED, SENDING, SENT, FAILED, UNSUBSCRIBED, UNCERTAIN }

    public Delivery {
        Objects.requireNonNull(digestKey, "digestKey");
        factIds = List.copyOf(factIds);
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(plannedAt, "plannedAt");
        Objects.requireNonNull(sendingBy, "sendingBy");
        Objects.requireNonNull(attemptedAt, "attemptedAt");
    }
}
