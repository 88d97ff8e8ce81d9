package org.rujp.bot.telegram;

import java.util.NavigableSet;
import java.util.OptionalLong;
import java.util.TreeSet;
import org.rujp.bot.store.UpdateLedger;

/**
 * An {@link UpdateLedger} in memory: used by {@code serve} until the SQLite ledger is wired (it then
 * survives a restart of the bot inside one process only), and by tests. Remembers the newest ids.
 */
public final class InMemoryUpdateLedger implements UpdateLedger {
    private static final int KEEP = 100_000;

    private final NavigableSet<Long> claimed = new TreeSet<>();
    private long last = -1;

    @Override
    public synchronized boolean claim(long updateId) {
        if (updateId < last - KEEP || !claimed.add(updateId)) {
            return false;
        }
        last = Math.max(last, updateId);
        while (claimed.size() > KEEP) {
            claimed.pollFirst();
        }
        return true;
    }

    @Override
    public synchronized OptionalLong lastUpdateId() {
        return last < 0 ? OptionalLong.empty() : OptionalLong.of(last);
    }
}
