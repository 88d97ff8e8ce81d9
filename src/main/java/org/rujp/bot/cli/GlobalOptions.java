package org.rujp.bot.cli;

import java.nio.file.Path;
import org.rujp.bot.config.Settings;
import org.rujp.bot.config.SettingsLoader;
import picocli.CommandLine.Option;

/** Options every sub-command takes; they override the config file and the environment. */
public final class GlobalOptions {
    @Option(names = "--config", paramLabel = "FILE",
            description = "YAML configuration file (default: ${DEFAULT-VALUE}).")
    Path config = SettingsLoader.DEFAULT_CONFIG;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where the index cache, ingested articles and the SQLite store live (default: data_dir of the config, ./data).")
    Path dataDir;

    @Option(names = "--knowledge-dir", paramLabel = "DIR",
            description = "The curated knowledge directory (default: knowledge_dir of the config, ./knowledge).")
    Path knowledgeDir;

    /** Settings with precedence defaults &lt; config file &lt; environment &lt; command line. */
    public Settings settings() {
        boolean explicit = !config.equals(SettingsLoader.DEFAULT_CONFIG);
        Settings settings = SettingsLoader.load(config, explicit, System.getenv());
        if (dataDir != null) {
            settings = settings.withDataDir(dataDir);
        }
        if (knowledgeDir != null) {
            settings = settings.withKnowledgeDir(knowledgeDir);
        }
        return settings;
    }
}
