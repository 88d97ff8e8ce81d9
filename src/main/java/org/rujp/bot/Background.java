package org.rujp.bot;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * A value built on a daemon thread of its own (a model, an index), so that start-up goes on meanwhile;
 * {@link #await()} waits for it and rethrows what went wrong building it.
 */
public final class Background<T> {
    private final CompletableFuture<T> value = new CompletableFuture<>();

    private Background(String threadName, Supplier<T> builder) {
        Thread thread = new Thread(() -> {
            try {
                value.complete(builder.get());
            } catch (RuntimeException | Error e) {
                value.completeExceptionally(e);
            }
        }, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    public static <T> Background<T> start(String threadName, Supplier<T> builder) {
        return new Background<>(threadName, builder);
    }

    public T await() {
        try {
            return value.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
    }
}
