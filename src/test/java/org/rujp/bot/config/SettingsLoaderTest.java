package org.rujp.bot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsLoaderTest {
    @TempDir
    Path dir;

    @Test
    void theLaunchersOwnVariablesAreNoSettings() {
        Settings s = SettingsLoader.load(Path.of("absent.yaml"), false,
                Map.of("RUJP_CDS", "off", "RUJP_CDS_ARCHIVE", "/tmp/rujp.jsa", "RUJP_BOT_JAR", "/opt/rujp-bot/rujp-bot.jar"));

        assertEquals(Path.of("data"), s.dataDir());
    }

    @Test
    void defaultsApplyWithoutAConfigFile() {
        Settings s = SettingsLoader.load(dir.resolve("absent.yaml"), false, Map.of());
        assertEquals(Path.of("data"), s.dataDir());
        assertEquals(RetrievalSettings.HYBRID_DEFAULT_MIN_SCORE, s.answer().minScore());
        assertEquals(Duration.ofDays(90), s.store().retention());
        assertEquals(TelegramSettings.DEFAULT_API_URL, s.telegram().apiUrl());
    }

    @Test
    void theFileOverridesDefaultsAndTheEnvironmentOverridesTheFile() throws IOException {
        Path file = write("answer:\n  min_score: 0.3\n  max_facts: 3\nstore:\n  retention: 30d\n");
        Settings s = SettingsLoader.load(file, true, Map.of("RUJP_ANSWER_MIN_SCORE", "0.4", "RUJP_DATA_DIR", "/tmp/x",
                "TELEGRAM_API_URL", "http://127.0.0.1:9999"));
        assertEquals(0.4, s.answer().minScore());
        assertEquals(3, s.answer().maxFacts());
        assertEquals(Path.of("/tmp/x"), s.dataDir());
        assertEquals(Duration.ofDays(30), s.store().retention());
        assertEquals("http://127.0.0.1:9999", s.telegram().apiUrl());
    }

    @Test
    void everyBadKeyIsReportedAtOnceWithWhereItCameFrom() throws IOException {
        Path file = write("answer:\n  min_score: high\n  max_facts: 99\nanswr:\n  x: 1\n");
        ConfigException e = assertThrows(ConfigException.class,
                () -> SettingsLoader.load(file, true, Map.of("RUJP_STORE_RETENTION", "forever")));
        assertEquals(4, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("answer.min_score (from " + file + ":2): expected a number but got 'high'"), e.getMessage());
        assertTrue(e.getMessage().contains("answer.max_facts (from " + file + ":3): must be between 1 and 10"), e.getMessage());
        assertTrue(e.getMessage().contains("answr.x (from " + file + ":5): unknown setting"), e.getMessage());
        assertTrue(e.getMessage().contains("store.retention (from environment variable RUJP_STORE_RETENTION)"), e.getMessage());
    }

    @Test
    void aTokenInTheConfigFileIsRefusedWithoutEchoingIt() throws IOException {
        Path file = write("telegram:\n  token: 123456:SECRETSECRETSECRETSECRETSECRETSECRET\n");
        ConfigException e = assertThrows(ConfigException.class, () -> SettingsLoader.load(file, true, Map.of()));
        assertTrue(e.getMessage().contains("secrets are read from the environment only"), e.getMessage());
        assertFalse(e.getMessage().contains("SECRETSECRET"), e.getMessage());
    }

    @Test
    void theTokenComesFromTheEnvironmentAndIsNeverPrinted() {
        String token = "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij";
        Settings s = SettingsLoader.load(dir.resolve("absent.yaml"), false, Map.of("TELEGRAM_BOT_TOKEN", token));
        assertEquals(token, s.telegram().token().orElseThrow());
        assertFalse(s.toString().contains(token));
        assertFalse(s.telegram().toString().contains(token));
    }

    @Test
    void theLogLevelVariableIsNotMistakenForASetting() {
        Settings s = SettingsLoader.load(dir.resolve("absent.yaml"), false, Map.of("RUJP_LOG_LEVEL", "DEBUG"));
        assertEquals(Path.of("data"), s.dataDir());
    }

    @Test
    void theLaunchersVariablesAreNotMistakenForSettings() {
        Settings s = SettingsLoader.load(dir.resolve("absent.yaml"), false,
                Map.of("RUJP_CDS", "off", "RUJP_CDS_ARCHIVE", "/tmp/a.jsa", "RUJP_BOT_JAR", "/opt/rujp-bot.jar"));
        assertEquals(Path.of("data"), s.dataDir());
    }

    @Test
    void anExplicitConfigFileMustExist() {
        ConfigException e = assertThrows(ConfigException.class, () -> SettingsLoader.load(dir.resolve("missing.yaml"), true, Map.of()));
        assertTrue(e.getMessage().contains("missing.yaml: config file does not exist"));
    }

    @Test
    void theShippedConfigLoads() {
        Settings s = SettingsLoader.load(SettingsLoader.DEFAULT_CONFIG, true, Map.of());
        assertTrue(s.answer().minScore() > 0 && s.answer().minScore() < 1);
    }

    @Test
    void aKeyGivenTwiceIsAnErrorNamingBothLines() throws IOException {
        Path file = write("store:\n  retention: 30d\n  file: a.db\n  retention: 400d\n");

        org.rujp.bot.InvalidFileException e = assertThrows(org.rujp.bot.InvalidFileException.class,
                () -> SettingsLoader.load(file, true, Map.of()));

        assertTrue(e.getMessage().contains("duplicate key 'retention' (first given on line 2)"), e.getMessage());
        assertTrue(e.getMessage().contains(":4"), e.getMessage());
    }

    @Test
    void theArticleSizeLimitIsConfigurableAndMustBePositive() throws IOException {
        assertEquals(4L << 20, SettingsLoader.load(dir.resolve("absent.yaml"), false, Map.of()).ingest().maxArticleBytes());
        assertEquals(1L << 20, SettingsLoader.load(write("ingest:\n  max_article_mb: 1\n"), true, Map.of()).ingest().maxArticleBytes());
        Path file = write("ingest:\n  max_article_mb: 0\n");
        ConfigException e = assertThrows(ConfigException.class, () -> SettingsLoader.load(file, true, Map.of()));
        assertTrue(e.getMessage().contains("ingest.max_article_mb (from " + file + ":2)"), e.getMessage());
    }

    @Test
    void uncertainDigestsAreSkippedUnlessTheFileOrTheEnvironmentAsksForResend() throws IOException {
        assertEquals(DigestSettings.Uncertain.SKIP, SettingsLoader.load(dir.resolve("absent.yaml"), false, Map.of()).digest().uncertain());
        Path file = write("digest:\n  uncertain: resend\n");
        assertEquals(DigestSettings.Uncertain.RESEND, SettingsLoader.load(file, true, Map.of()).digest().uncertain());
        assertEquals(DigestSettings.Uncertain.SKIP,
                SettingsLoader.load(file, true, Map.of("RUJP_DIGEST_UNCERTAIN", "skip")).digest().uncertain());
        ConfigException e = assertThrows(ConfigException.class,
                () -> SettingsLoader.load(file, true, Map.of("RUJP_DIGEST_UNCERTAIN", "twice")));
        assertTrue(e.getMessage().contains("digest.uncertain (from environment variable RUJP_DIGEST_UNCERTAIN): expected one of"
                + " [skip, resend] but got 'twice'"), e.getMessage());
    }

    @Test
    void theEmbeddingModelIsChosenByNameInTheFileOrTheEnvironment() throws IOException {
        assertEquals(IndexSettings.Model.ALL_MINILM_L6_V2, SettingsLoader.load(dir.resolve("absent.yaml"), false, Map.of()).index().model());
        Path file = write("index:\n  model: all-minilm-l6-v2-q\n");
        assertEquals(IndexSettings.Model.ALL_MINILM_L6_V2_Q, SettingsLoader.load(file, true, Map.of()).index().model());
        assertEquals(IndexSettings.Model.ALL_MINILM_L6_V2,
                SettingsLoader.load(file, true, Map.of("RUJP_INDEX_MODEL", "all-minilm-l6-v2")).index().model());
        Path bad = write("index:\n  model: bert-large\n");
        ConfigException e = assertThrows(ConfigException.class, () -> SettingsLoader.load(bad, true, Map.of()));
        assertTrue(e.getMessage().contains("index.model (from " + bad + ":2)"), e.getMessage());
        assertTrue(e.getMessage().contains("all_minilm_l6_v2_q") || e.getMessage().contains("all-minilm-l6-v2-q"), e.getMessage());
    }

    @Test
    void aRetentionOfZeroOrLessIsAConfigError() throws IOException {
        for (String bad : new String[] {"0d", "PT0S", "P-5D"}) {
            Path file = write("store:\n  retention: " + bad + "\n");
            ConfigException e = assertThrows(ConfigException.class, () -> SettingsLoader.load(file, true, Map.of()), bad);
            assertTrue(e.getMessage().contains("store.retention (from " + file + ":2): must be longer than zero"), e.getMessage());
        }
    }

    @Test
    void aRetentionOfZeroStopsACommandWithExitCode3() throws IOException {
        Path file = write("store:\n  retention: 0d\n");
        java.io.StringWriter err = new java.io.StringWriter();

        int code = org.rujp.bot.cli.Main.run(new String[] {"export", "--format", "jsonl", "--config", file.toString(),
                "--data-dir", dir.toString()}, new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(err));

        assertEquals(3, code, err.toString());
        assertTrue(err.toString().contains("store.retention"), err.toString());
    }

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve("config.yaml");
        Files.writeString(file, yaml);
        return file;
    }
}
