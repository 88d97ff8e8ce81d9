package org.rujp.bot.telegram;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.rujp.bot.store.UpdateInbox;

/**
 * The inbox as it was before batching, for the load benchmark's comparison: each update stored in a transaction of
 * its own and claimed on the worker in another, each completion written by the worker in a third.
 */
final class OneByOneInbox implements UpdateInbox {
    private final UpdateInbox inbox;

    OneByOneInbox(UpdateInbox inbox) {
        this.inbox = inbox;
    }

    /** Stored one by one, claimed by nobody: the worker claims each update when it starts on it. */
    @Override
    public List<Receipt> receiveAll(List<Received> updates, String worker, Duration lease) {
        return UpdateInbox.super.receiveAll(updates, null, lease);
    }

    @Override
    public boolean receive(long updateId, long chatId, String payload) {
        return inbox.receive(updateId, chatId, payload);
    }

    @Override
    public OptionalLong lastUpdateId() {
        return inbox.lastUpdateId();
    }

    @Override
    public Optional<Pending> claim(long updateId, String worker, Duration lease) {
        return inbox.claim(updateId, worker, lease);
    }

    @Override
    public void recordSent(long updateId, int sent) {
        inbox.recordSent(updateId, sent);
    }

    @Override
    public void recordTurn(long updateId, long turnId) {
        inbox.recordTurn(updateId, turnId);
    }

    @Override
    public void finish(long updateId, String outcome) {
        inbox.finish(updateId, outcome);
    }

    @Override
    public List<Pending> unfinished(int limit) {
        return inbox.unfinished(limit);
    }

    @Override
    public int releaseClaims(String workerPrefix) {
        return inbox.releaseClaims(workerPrefix);
    }
}
