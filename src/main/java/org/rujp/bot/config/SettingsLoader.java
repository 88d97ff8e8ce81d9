package org.rujp.bot.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.rujp.bot.yaml.YamlNode;

/**
 * Loads {@link Settings} with explicit precedence: built-in defaults &lt; the YAML config file &lt;
 * environment variables ({@code RUJP_SECTION_KEY}, e.g. {@code RUJP_ANSWER_MIN_SCORE}, and
 * {@code RUJP_DATA_DIR}). Unknown keys and bad values are all reported at once in one {@link ConfigException}.
 */
public final class SettingsLoader {
    public static final Path DEFAULT_CONFIG = Path.of("config", "rujp-bot.yaml");
    /**
     * RUJP_ variables read by something else: the log level is logback's (logback.xml); the pseudonym key and the
     * store's password are secrets, read from the environment where they are used; the jar and the class-data
     * sharing archive are the launcher's (bin/rujp-bot).
     */
    public static final Set<String> NOT_SETTINGS = Set.of("RUJP_LOG_LEVEL", "RUJP_PSEUDONYM_KEY", StoreSettings.PASSWORD_ENV,
            "RUJP_BOT_JAR", "RUJP_CDS", "RUJP_CDS_ARCHIVE");
    private static final Set<String> SECRET_KEYS = Set.of("telegram.token", "telegram.bot_token", "telegram.webhook.secret",
            "store.password", "pseudonym_key", "store.pseudonym_key");

    private SettingsLoader() {
    }

    /**
     * @param configFile the YAML file; when it is the default and absent, defaults apply
     * @param env the environment (System.getenv() in production)
     */
    public static Settings load(Path configFile, boolean required, Map<String, String> env) {
        RawSettings raw = new RawSettings();
        if (Files.exists(configFile)) {
            flatten(YamlNode.load(configFile), "", raw, configFile.toString());
        } else if (required) {
            throw new ConfigException(List.of(configFile + ": config file does not exist"));
        }
        for (Map.Entry<String, String> e : env.entrySet()) {
            if (e.getKey().startsWith("RUJP_") && !NOT_SETTINGS.contains(e.getKey())) {
                String key = e.getKey().substring(5).toLowerCase(Locale.ROOT);
                String dotted = envKey(key, raw.keys());
                raw.put(dotted, e.getValue(), "environment variable " + e.getKey());
            }
        }
        for (String secret : SECRET_KEYS) {
            if (raw.keys().contains(secret)) {
                raw.problem(secret + " (from " + raw.origin(secret) + "): secrets are read from the environment only; "
                        + "set " + (secret.equals("store.password") ? StoreSettings.PASSWORD_ENV
                        : secret.endsWith("pseudonym_key") ? "RUJP_PSEUDONYM_KEY" : "TELEGRAM_BOT_TOKEN / TELEGRAM_WEBHOOK_SECRET")
                        + " instead");
                raw.readKeys().add(secret);
            }
        }
        RetrievalSettings retrieval = RetrievalSettings.from(raw);
        Settings settings = new Settings(
                raw.path("data_dir", Path.of("data")),
                raw.path("knowledge_dir", Path.of("knowledge")),
                AnswerSettings.from(raw, retrieval.defaultMinScore()),
                TelegramSettings.from(raw, env),
                StoreSettings.from(raw, env),
                DigestSettings.from(raw),
                retrieval,
                IngestSettings.from(raw),
                OperationsSettings.from(raw),
                IndexSettings.from(raw));
        List<String> problems = new ArrayList<>(raw.problems());
        for (String key : raw.keys()) {
            if (!raw.readKeys().contains(key)) {
                problems.add(key + " (from " + raw.origin(key) + "): unknown setting");
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return settings;
    }

    /** Maps RUJP_ANSWER_MIN_SCORE to "answer.min_score" when such a key is known, else by first underscore. */
    private static String envKey(String lowerKey, Set<String> fileKeys) {
        for (String known : KNOWN_PREFIXES) {
            String prefix = known + "_";
            if (lowerKey.startsWith(prefix)) {
                String rest = lowerKey.substring(prefix.length());
                if (known.equals("telegram") && rest.startsWith("webhook_")) {
                    return "telegram.webhook." + rest.substring("webhook_".length());
                }
                return known + "." + rest;
            }
        }
        return lowerKey;
    }

    private static final List<String> KNOWN_PREFIXES = List.of("answer", "telegram", "store", "digest", "retrieval", "log",
            "management", "index", "ingest");

    private static void flatten(YamlNode node, String prefix, RawSettings raw, String origin) {
        if (node.isNull()) {
            return;
        }
        if (node.isMap()) {
            for (Map.Entry<String, YamlNode> e : node.entries().entrySet()) {
                flatten(e.getValue(), prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), raw, origin);
            }
        } else if (node.isScalar()) {
            raw.put(prefix, node.text(), origin + ":" + node.line());
        } else {
            raw.problem(prefix + " (from " + origin + ":" + node.line() + "): lists are not supported here");
        }
    }
}
