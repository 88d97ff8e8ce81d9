package org.rujp.bot.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.rujp.bot.knowledge.Lang;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The configuration in effect (built-in defaults, the config file, the environment and the command line
 * merged), as a config file: every key with its value, so the output can itself be given as {@code --config}.
 * Secrets are named with whether they are set, in comments, never with their values; a URL's password is
 * redacted.
 */
public final class EffectiveConfig {
    /** Environment variables that hold secrets: their values are never printed. */
    public static final List<String> SECRET_VARIABLES =
            List.of("TELEGRAM_BOT_TOKEN", "TELEGRAM_WEBHOOK_SECRET", StoreSettings.PASSWORD_ENV, "RUJP_PSEUDONYM_KEY");

    private EffectiveConfig() {
    }

    /**
     * @param configFile the config file looked for, and whether it was there
     * @param env the environment: the names of the RUJP_ variables in it are listed, secrets only as set or not
     */
    public static String yaml(Settings s, Path configFile, boolean fileRead, Map<String, String> env) {
        StringBuilder out = new StringBuilder();
        out.append("# rujp-bot: the configuration in effect (defaults < config file < environment < command line)\n");
        out.append("# config file: ").append(configFile.toAbsolutePath()).append(fileRead ? "" : " (absent: defaults)").append('\n');
        TreeSet<String> overrides = new TreeSet<>();
        for (String name : env.keySet()) {
            if ((name.startsWith("RUJP_") || name.equals("TELEGRAM_API_URL")) && !SECRET_VARIABLES.contains(name)) {
                overrides.add(name);
            }
        }
        out.append("# environment: ").append(overrides.isEmpty() ? "(no RUJP_ variables)" : String.join(", ", overrides)).append('\n');
        out.append(dump(tree(s)));
        out.append("# secrets, read from the environment only (values never shown):\n");
        for (String name : SECRET_VARIABLES) {
            String value = env.get(name);
            out.append("#   ").append(name).append(": ").append(value == null || value.isBlank() ? "not set" : "set").append('\n');
        }
        return out.toString();
    }

    static Map<String, Object> tree(Settings s) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("data_dir", s.dataDir().toString());
        root.put("knowledge_dir", s.knowledgeDir().toString());

        RetrievalSettings r = s.retrieval();
        Map<String, Object> retrieval = section(root, "retrieval");
        retrieval.put("mode", code(r.mode()));
        retrieval.put("fusion", code(r.fusion()));
        retrieval.put("dense_weight", r.denseWeight());
        retrieval.put("bm25_weight", r.bm25Weight());
        retrieval.put("rrf_k", r.rrfK());
        if (!r.modeByLang().isEmpty()) {
            Map<String, Object> byLang = section(retrieval, "mode_by_language");
            for (Lang lang : Lang.values()) {
                if (r.modeByLang().containsKey(lang)) {
                    byLang.put(lang.code(), code(r.modeByLang().get(lang)));
                }
            }
        }
        retrieval.put("question_cache", r.questionCache());

        AnswerSettings a = s.answer();
        Map<String, Object> answer = section(root, "answer");
        answer.put("candidates", a.candidates());
        answer.put("max_facts", a.maxFacts());
        answer.put("relative_score", a.relativeScore());
        answer.put("min_score", a.minScore());
        if (!a.minScoreByLang().isEmpty()) {
            Map<String, Object> byLang = section(answer, "min_score_by_language");
            for (Lang lang : Lang.values()) {
                if (a.minScoreByLang().containsKey(lang)) {
                    byLang.put(lang.code(), a.minScoreByLang().get(lang));
                }
            }
        }

        TelegramSettings t = s.telegram();
        Map<String, Object> telegram = section(root, "telegram");
        telegram.put("api_url", Redaction.url(t.apiUrl()));
        telegram.put("mode", code(t.mode()));
        telegram.put("workers", t.workers());
        telegram.put("answer_timeout", duration(t.answerTimeout()));
        telegram.put("user_messages_per_minute", t.userMessagesPerMinute());
        Map<String, Object> webhook = section(telegram, "webhook");
        webhook.put("bind", t.webhookBind());
        webhook.put("port", t.webhookPort());
        webhook.put("path", t.webhookPath());
        webhook.put("max_connections", t.webhookMaxConnections());
        webhook.put("read_timeout", duration(t.webhookReadTimeout()));

        StoreSettings st = s.store();
        Map<String, Object> store = section(root, "store");
        store.put("file", st.file());
        store.put("pseudonymous_ids", st.pseudonymousIds());
        store.put("retention", duration(st.retention()));
        store.put("url", st.url().map(Redaction::url).orElse(""));
        store.put("user", st.user());

        DigestSettings d = s.digest();
        Map<String, Object> digest = section(root, "digest");
        digest.put("daily_cron", d.dailyCron());
        digest.put("weekly_cron", d.weeklyCron());
        digest.put("zone", d.zone().getId());
        digest.put("items", d.itemsPerDigest());
        digest.put("messages_per_second", d.messagesPerSecond());
        digest.put("uncertain", code(d.uncertain()));

        section(root, "ingest").put("max_article_mb", s.ingest().maxArticleBytes() >> 20);
        section(root, "log").put("format", s.operations().logFormat().code());
        section(root, "management").put("bind", s.operations().managementBind().map(Object::toString).orElse(""));
        return root;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(Map<String, Object> parent, String name) {
        return (Map<String, Object>) parent.computeIfAbsent(name, k -> new LinkedHashMap<String, Object>());
    }

    private static String code(Enum<?> e) {
        return e.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** "20s", "10m", "90d", or ISO-8601 when no whole unit fits ("PT1.5S"). */
    static String duration(Duration d) {
        long ms = d.toMillis();
        if (!Duration.ofMillis(ms).equals(d)) {
            return d.toString();
        }
        for (Object[] unit : new Object[][] {{86_400_000L, "d"}, {3_600_000L, "h"}, {60_000L, "m"}, {1_000L, "s"}}) {
            long size = (Long) unit[0];
            if (ms != 0 && ms % size == 0) {
                return ms / size + (String) unit[1];
            }
        }
        return ms + "ms";
    }

    private static String dump(Map<String, Object> tree) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setWidth(200);
        return new Yaml(options).dump(tree);
    }

}
