package org.rujp.bot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;
import org.rujp.bot.config.Settings;
import org.rujp.bot.config.SettingsLoader;
import org.rujp.bot.index.Embedder;
import org.rujp.bot.index.IndexBuilder;
import org.rujp.bot.index.MiniLmEmbedder;
import org.rujp.bot.knowledge.KnowledgeLoader;

/**
 * Shared test wiring: the real embedding model, loaded once per test JVM, and the shipped configuration
 * with a data directory of the test's own. Tests build the bot through {@link App}, like production.
 * The dense index of the shipped knowledge is built once per test JVM and copied into each test's data
 * directory, so that only the tests about index building pay for building it.
 */
public final class TestBots {
    private static final Path INDEX_CACHE = Path.of("target", "test-index-cache");

    /**
     * Waits (at most a minute) for the thread that reads the bilingual dictionaries in the background to end: a
     * command run in process returns while it may still write its table into the test's data directory.
     */
    public static void awaitDictionaries() throws InterruptedException {
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().equals("dictionaries")) {
                thread.join(60_000);
            }
        }
    }
    private static Embedder embedder;
    private static boolean indexBuilt;

    private TestBots() {
    }

    public static synchronized Embedder embedder() {
        if (embedder == null) {
            embedder = new MiniLmEmbedder();
        }
        return embedder;
    }

    /** The shipped config/rujp-bot.yaml and ./knowledge, with the data directory moved to {@code dataDir}. */
    public static Settings settings(Path dataDir) {
        return SettingsLoader.load(SettingsLoader.DEFAULT_CONFIG, true, Map.of()).withDataDir(dataDir);
    }

    /** The bot on the shipped knowledge, its index copied from the shared cache. */
    public static App app(Path dataDir) {
        seedIndex(dataDir);
        return App.start(settings(dataDir), embedder());
    }

    /** Copies the dense index of the shipped knowledge (built once per JVM) into {@code dataDir/index}. */
    public static synchronized void seedIndex(Path dataDir) {
        try {
            if (!indexBuilt) {
                new IndexBuilder(embedder(), INDEX_CACHE).load(KnowledgeLoader.load(Path.of("knowledge")));
                indexBuilt = true;
            }
            Path target = dataDir.resolve("index");
            Files.createDirectories(target);
            try (Stream<Path> files = Files.list(INDEX_CACHE.resolve("index"))) {
                for (Path file : files.toList()) {
                    Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
