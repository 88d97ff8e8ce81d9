package org.rujp.bot.cli;

import java.io.PrintWriter;
import java.time.Instant;
import org.rujp.bot.answer.Answer;
import org.rujp.bot.config.Settings;
import org.rujp.bot.store.ConversationLog;
import org.rujp.bot.store.QueuedConversationLog;
import org.rujp.bot.store.Store;
import org.rujp.bot.store.Turn;

/**
 * Logs the console's turns (channel "cli" for {@code ask}, "chat" for {@code chat}) to the store when it
 * can be opened. Logging is best effort: a failure prints one warning line to standard error and the
 * answer, already printed, is never lost.
 */
final class ConsoleLog implements AutoCloseable {
    private final Store store;
    /** The store's log, or a queue in front of it that writes off the answering thread. */
    private final ConversationLog log;
    private final String channel;
    private final String user;
    private final String chatId;
    private final PrintWriter err;

    private ConsoleLog(Store store, String channel, String chatId, PrintWriter err) {
        this(store, channel, chatId, err, false);
    }

    private ConsoleLog(Store store, String channel, String chatId, PrintWriter err, boolean queued) {
        this.store = store;
        this.log = store == null ? null : queued ? new QueuedConversationLog(store.log(), 1024, 64) : store.log();
        this.channel = channel;
        this.user = System.getProperty("user.name", "console");
        this.chatId = chatId == null ? user : chatId;
        this.err = err;
    }

    /**
     * @param disabled {@code --no-log}: do not even open the store
     * @param chatId the conversation (a chat session), or null for one per user
     */
    static ConsoleLog open(Settings settings, boolean disabled, String channel, String chatId, PrintWriter err) {
        return open(settings, disabled, channel, chatId, err, false);
    }

    /** @param queued write the turns in batches on a thread of their own (many answers, as {@code ask --json}) */
    static ConsoleLog open(Settings settings, boolean disabled, String channel, String chatId, PrintWriter err, boolean queued) {
        if (disabled) {
            return new ConsoleLog(null, channel, chatId, err);
        }
        try {
            return new ConsoleLog(Store.open(settings), channel, chatId, err, queued);
        } catch (RuntimeException e) {
            err.println("rujp-bot: warning: not logging this conversation: " + e.getMessage());
            err.flush();
            return new ConsoleLog(null, channel, chatId, err);
        }
    }

    /** Over an already opened store (tests). */
    static ConsoleLog over(Store store, String channel, String chatId, PrintWriter err) {
        return new ConsoleLog(store, channel, chatId, err);
    }

    /** Over an already opened store, which it closes; {@code queued}: turns written in batches on a thread of their own. */
    static ConsoleLog over(Store store, String channel, String chatId, PrintWriter err, boolean queued) {
        return new ConsoleLog(store, channel, chatId, err, queued);
    }

    boolean enabled() {
        return store != null;
    }

    /** Records the turn; on failure warns and returns -1. */
    long record(Instant time, Answer answer, String shownText, String indexVersion, long totalNanos) {
        if (store == null) {
            return -1;
        }
        try {
            return log.record(new Turn(time, channel, chatId, user, "console", answer, shownText, indexVersion, totalNanos));
        } catch (RuntimeException e) {
            err.println("rujp-bot: warning: the answer was not logged: " + e.getMessage());
            err.flush();
            return -1;
        }
    }

    @Override
    public void close() {
        if (log instanceof QueuedConversationLog queued) {
            queued.close(); // writes every queued turn before the store closes
        }
        if (store != null) {
            store.close();
        }
    }
}
