package org.rujp.bot.store;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What a chat has already read.
 *
 * @param chatId the chat
 * @param timesSent per fact id, how many digests of this chat carried it (absent = never)
 * @param lastDigestAt when its last digest was sent
 * @param knowledgeVersion the knowledge base version of that digest
 */
public record ChatProgress(long chatId, Map<String, Integer> timesSent, Optional<Instant> lastDigestAt,
                           Optional<String> knowledgeVersion) {
    public ChatProgress {
        timesSent = Map.copyOf(timesSent);
    }

    public int times(String factId) {
        return timesSent.getOrDefault(factId, 0);
    }
}
