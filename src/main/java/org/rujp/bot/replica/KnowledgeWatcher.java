package org.rujp.bot.replica;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.rujp.bot.App;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a {@code serve} replica's knowledge in step with the articles shared through the store. Every
 * {@code period}, on a daemon thread of its own:
 * <ol>
 *   <li>read the shared knowledge version (one row); nothing more while it is the one already loaded;</li>
 *   <li>pull the shared articles into the data directory's {@code ingested/} folder;</li>
 *   <li>build a new {@link App} from it (the model reused, the index from its cache or built), while the
 *       current one goes on answering;</li>
 *   <li>swap it into the {@link LiveAnswerer} and log one line.</li>
 * </ol>
 * A failed build is logged and tried again when the version changes again, a failed read of the store at the
 * next tick; the current App keeps answering either way.
 */
public final class KnowledgeWatcher implements AutoCloseable {
    /** How often serve looks at the shared knowledge version. */
    public static final Duration PERIOD = Duration.ofSeconds(3);
    private static final Logger log = LoggerFactory.getLogger(KnowledgeWatcher.class);

    private final SharedKnowledge shared;
    private final LiveAnswerer live;
    private final UnaryOperator<App> rebuild;
    private final Consumer<App> reloaded;
    private final ScheduledExecutorService timer;
    private volatile long loaded;
    private long failed = -1;

    /**
     * @param loadedVersion the knowledge version the current App was built from (see {@link SharedKnowledge#pull()})
     * @param rebuild builds a new App from the data directory, given the current one (whose model it reuses)
     * @param reloaded told of every App swapped in
     */
    public KnowledgeWatcher(SharedKnowledge shared, long loadedVersion, LiveAnswerer live, UnaryOperator<App> rebuild,
                            Consumer<App> reloaded) {
        this.shared = shared;
        this.loaded = loadedVersion;
        this.live = live;
        this.rebuild = rebuild;
        this.reloaded = reloaded;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "rujp-knowledge-watcher");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts looking every {@code period}. */
    public KnowledgeWatcher start(Duration period) {
        timer.scheduleWithFixedDelay(this::tick, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** The knowledge version the answering App was built from. */
    public long loadedVersion() {
        return loaded;
    }

    void tick() {
        try {
            long version = shared.version();
            if (version == loaded || version == failed) {
                return;
            }
            long start = System.nanoTime();
            SharedKnowledge.Pulled pulled = shared.pull();
            App app;
            try {
                app = rebuild.apply(live.app());
            } catch (RuntimeException e) {
                failed = version;
                throw e;
            }
            live.swap(app);
            loaded = pulled.version();
            reloaded.accept(app);
            log.info("Knowledge reloaded at shared version {}: {} ingested article file(s) written, {} deleted; {} facts from {} sources, "
                            + "index {} ({}), in {} ms", pulled.version(), pulled.written(), pulled.deleted(), app.knowledge().facts().size(),
                    app.knowledge().sources().size(), app.index().index().key().substring(0, 12),
                    app.index().fromCache() ? "from cache" : "built", (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("Reloading the shared knowledge failed; still answering from the knowledge loaded before, trying again "
                    + "when the shared version changes (or at the next look if the store did not answer): {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
