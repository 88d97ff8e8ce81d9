package org.rujp.bot.store;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * Which facts each chat has read and when each fact first appeared, so that digests bring new facts
 * first and never repeat one before the chat has read them all. {@link DeliveryLedger#markSent} advances
 * it. Throws {@link StoreException} on failure.
 */
public interface DigestProgress {
    /**
     * Records the facts of the current knowledge base: ids not seen before get {@code at} as their first
     * appearance, except on the very first registration, whose facts count as always known (first seen at
     * the epoch). Returns how many ids were new.
     */
    int registerKnowledge(Collection<String> factIds, String knowledgeVersion, Instant at);

    /** When each registered fact id first appeared. */
    Map<String, Instant> firstSeen();

    /** What the chat has read; empty counts for a chat that never got a digest. */
    ChatProgress of(long chatId);
}
