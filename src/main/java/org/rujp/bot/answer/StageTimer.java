package org.rujp.bot.answer;

import java.util.LinkedHashMap;
import java.util.Map;

/** Nanoseconds per stage of one answer, in the order the stages ran. Not thread-safe: one per answer. */
public final class StageTimer {
    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private long since = System.nanoTime();

    /** Ends the named stage here; the next one starts. */
    public void lap(String stage) {
        long now = System.nanoTime();
        nanos.put(stage, now - since);
        since = now;
    }

    public Map<String, Long> nanos() {
        return nanos;
    }
}
