package org.rujp.bot.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.rujp.bot.InvalidFileException;
import org.rujp.bot.logging.BotLayout;
import org.rujp.bot.config.OperationsSettings;
import org.rujp.bot.config.Settings;
import org.rujp.bot.config.SettingsLoader;
import picocli.CommandLine.Option;

/** Options every sub-command takes; they override the config file and the environment. */
public final class GlobalOptions {
    @Option(names = "--config", paramLabel = "FILE",
            description = "YAML configuration file (default: config/rujp-bot.yaml in the working directory, else next to the jar or in its parent directory).")
    Path config;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where the index cache, ingested articles and the SQLite store live (default: data_dir of the config, data).")
    Path dataDir;

    @Option(names = "--knowledge-dir", paramLabel = "DIR",
            description = "The curated knowledge directory (default: knowledge_dir of the config, knowledge).")
    Path knowledgeDir;

    @Option(names = {"-q", "--quiet"},
            description = "No progress bars on standard error (they are shown only when it is a terminal anyway).")
    boolean quiet;

    /** Progress bars on standard error, or silence when it is not a terminal or with --quiet. */
    public org.rujp.bot.Progress progress() {
        return ProgressBars.onStandardError(quiet);
    }

    /**
     * Settings with precedence defaults &lt; config file &lt; environment &lt; command line. Paths given on the
     * command line are read from the working directory; the default config file and the relative paths of the
     * config file and environment from the {@link HomeDirectory}. A knowledge directory that does not exist is
     * reported with the path looked for (exit code 3).
     */
    public Settings settings() {
        HomeDirectory home = HomeDirectory.find(Path.of(""), HomeDirectory.runningJar());
        Settings settings = SettingsLoader.load(configFile(), config != null, System.getenv());
        BotLayout.useJson(settings.operations().logFormat() == OperationsSettings.LogFormat.JSON);
        settings = settings.withDataDir(home.resolve(settings.dataDir())).withKnowledgeDir(home.resolve(settings.knowledgeDir()));
        if (dataDir != null) {
            settings = settings.withDataDir(dataDir);
        }
        if (knowledgeDir != null) {
            settings = settings.withKnowledgeDir(knowledgeDir);
        }
        if (!Files.isDirectory(settings.knowledgeDir())) {
            throw new InvalidFileException(settings.knowledgeDir().toAbsolutePath(), 0, "knowledge directory does not exist"
                    + (knowledgeDir != null ? "" : " (looked for config/rujp-bot.yaml or knowledge/ in " + home.describeSearch()
                    + "; give --knowledge-dir DIR, or knowledge_dir in the config)"));
        }
        return settings;
    }

    /** The config file read: {@code --config}, else {@code config/rujp-bot.yaml} of the {@link HomeDirectory}. */
    public Path configFile() {
        return config != null ? config : HomeDirectory.find(Path.of(""), HomeDirectory.runningJar()).resolve(SettingsLoader.DEFAULT_CONFIG);
    }
}
