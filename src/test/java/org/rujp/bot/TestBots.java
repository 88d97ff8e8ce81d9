package org.rujp.bot;

import java.nio.file.Path;
import java.util.Map;
import org.rujp.bot.config.Settings;
import org.rujp.bot.config.SettingsLoader;
import org.rujp.bot.index.Embedder;
import org.rujp.bot.index.MiniLmEmbedder;

/**
 * Shared test wiring: the real embedding model, loaded once per test JVM, and the shipped configuration
 * with a data directory of the test's own. Tests build the bot through {@link App}, like production.
 */
public final class TestBots {
    private static Embedder embedder;

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

    public static App app(Path dataDir) {
        return App.start(settings(dataDir), embedder());
    }
}
