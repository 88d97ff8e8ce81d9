package org.rujp.bot.store;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Waiting on a monitor for a condition its writers signal, with a deadline. */
final class Monitors {
    private Monitors() {
    }

    /**
     * Waits on {@code monitor}, which the caller holds, until {@code done} holds or the deadline ({@link System#nanoTime}
     * scale) passes; an interrupt ends the wait and is kept. True when {@code done} holds.
     */
    static boolean await(Object monitor, BooleanSupplier done, long deadline) {
        while (!done.getAsBoolean()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            try {
                TimeUnit.NANOSECONDS.timedWait(monitor, left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
