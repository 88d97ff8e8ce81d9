package org.rujp.bot.store;

import java.time.Instant;
import org.rujp.bot.answer.Answer;

/**
 * One question and its answer, as the conversation log records it.
 *
 * @param time when the question arrived
 * @param channel "telegram", "cli" or "chat"
 * @param chatId the chat (raw; the log pseudonymises it when configured)
 * @param userId the user (raw; the log pseudonymises it when configured)
 * @param chatType "private", "group", "supergroup", "console"
 * @param answer the answer or refusal, with the retrieved facts, resolved question and stage timings
 * @param answerText the text the user was shown
 * @param indexVersion the dense index key the answer was retrieved from
 * @param totalNanos end-to-end latency
 */
public record Turn(Instant time, String channel, String chatId, String userId, String chatType, Answer answer,
                   String answerText, String indexVersion, long totalNanos) {
}
