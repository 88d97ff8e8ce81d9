package org.rujp.bot.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.rujp.bot.knowledge.Lang;

/**
 * One digest for one chat, as the ledger records it.
 *
 * @param id the ledger's id
 * @param chatId the chat
 * @param digestKey which digest: "daily:2026-11-23", "weekly:2026-11-23"
 * @param factIds the facts it carries, in order
 * @param lang the language it is written in
 * @param state planned, sent, failed or unsubscribed
 * @param attempts how many times sending was started (persisted before each attempt)
 * @param plannedAt when it was planned
 */
public record Delivery(long id, long chatId, String digestKey, List<String> factIds, Lang lang, State state,
                       int attempts, Instant plannedAt) {
    public enum State { PLANNED, SENT, FAILED, UNSUBSCRIBED }

    public Delivery {
        Objects.requireNonNull(digestKey, "digestKey");
        factIds = List.copyOf(factIds);
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(plannedAt, "plannedAt");
    }
}
