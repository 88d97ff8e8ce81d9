package org.rujp.bot.telegram;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.rujp.bot.store.UpdateInbox;

/**
 * An {@link UpdateInbox} in memory, for tests: the same rules as the SQLite one (claims with leases,
 * chat order, sent counts), gone when the process ends. Done updates are kept by id only.
 */
public final class InMemoryInbox implements UpdateInbox {
    private static final class Row {
        final long chatId;
        String payload;
        boolean done;
        String claimedBy;
        long leaseUntil;
        int attempts;
        int sent;
        long turnId;

        Row(long chatId, String payload) {
            this.chatId = chatId;
            this.payload = payload;
        }
    }

    private final TreeMap<Long, Row> rows = new TreeMap<>();
    private final Clock clock;

    public InMemoryInbox() {
        this(Clock.systemUTC());
    }

    public InMemoryInbox(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized boolean receive(long updateId, long chatId, String payload) {
        return rows.putIfAbsent(updateId, new Row(chatId, payload)) == null;
    }

    @Override
    public synchronized OptionalLong lastUpdateId() {
        return rows.isEmpty() ? OptionalLong.empty() : OptionalLong.of(rows.lastKey());
    }

    @Override
    public synchronized Optional<Pending> claim(long updateId, String worker, Duration lease) {
        long now = clock.millis();
        Row r = rows.get(updateId);
        if (r == null || r.done || (r.claimedBy != null && r.leaseUntil >= now && !r.claimedBy.equals(worker))) {
            return Optional.empty();
        }
        for (Row earlier : rows.headMap(updateId, false).values()) {
            if (!earlier.done && earlier.chatId == r.chatId) {
                return Optional.empty();
            }
        }
        r.claimedBy = worker;
        r.leaseUntil = now + lease.toMillis();
        r.attempts++;
        return Optional.of(new Pending(updateId, r.payload, r.attempts, r.sent, r.turnId));
    }

    @Override
    public synchronized void recordSent(long updateId, int sent) {
        Row r = rows.get(updateId);
        if (r != null) {
            r.sent = Math.max(r.sent, sent);
        }
    }

    @Override
    public synchronized void recordTurn(long updateId, long turnId) {
        Row r = rows.get(updateId);
        if (r != null) {
            r.turnId = turnId;
        }
    }

    @Override
    public synchronized void finish(long updateId, String outcome) {
        Row r = rows.get(updateId);
        if (r != null) {
            r.done = true;
            r.payload = null;
            r.claimedBy = null;
        }
    }

    @Override
    public synchronized List<Pending> unfinished(int limit) {
        long now = clock.millis();
        List<Pending> out = new ArrayList<>();
        rows.forEach((id, r) -> {
            if (!r.done && (r.claimedBy == null || r.leaseUntil < now) && out.size() < limit) {
                out.add(new Pending(id, r.payload, r.attempts, r.sent, r.turnId));
            }
        });
        return out;
    }

    @Override
    public synchronized int releaseClaims(String workerPrefix) {
        int n = 0;
        for (Row r : rows.values()) {
            if (!r.done && r.claimedBy != null && r.claimedBy.startsWith(workerPrefix)) {
                r.claimedBy = null;
                n++;
            }
        }
        return n;
    }
}
