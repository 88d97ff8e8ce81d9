package org.rujp.bot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetrievalSettingsTest {
    @TempDir
    Path dir;

    @Test
    void defaultsToHybridWithAThresholdOnTheFusedScale() {
        Settings settings = SettingsLoader.load(dir.resolve("absent.yaml"), false, Map.of());
        assertEquals(RetrievalSettings.DEFAULTS, settings.retrieval());
        assertEquals(RetrievalSettings.HYBRID_DEFAULT_MIN_SCORE, settings.answer().minScore());
    }

    @Test
    void readsTheFileAndLetsTheEnvironmentOverrideIt() throws Exception {
        Path file = dir.resolve("bot.yaml");
        Files.writeString(file, "retrieval:\n  mode: hybrid\n  fusion: rrf\n  dense_weight: 0.7\n  bm25_weight: 0.3\n  rrf_k: 30\n");
        Settings settings = SettingsLoader.load(file, true, Map.of("RUJP_RETRIEVAL_RRF_K", "10"));
        assertEquals(new RetrievalSettings(RetrievalSettings.Mode.HYBRID, RetrievalSettings.Fusion.RRF, 0.7, 0.3, 10), settings.retrieval());
    }

    @Test
    void denseModeKeepsTheCosineThreshold() {
        Settings settings = SettingsLoader.load(dir.resolve("absent.yaml"), false, Map.of("RUJP_RETRIEVAL_MODE", "dense"));
        assertEquals(RetrievalSettings.Mode.DENSE, settings.retrieval().mode());
        assertEquals(AnswerSettings.DEFAULT_MIN_SCORE, settings.answer().minScore());
    }

    @Test
    void anExplicitThresholdWinsOverTheModesDefault() {
        Settings settings = SettingsLoader.load(dir.resolve("absent.yaml"), false, Map.of("RUJP_ANSWER_MIN_SCORE", "0.4"));
        assertEquals(0.4, settings.answer().minScore());
    }

    @Test
    void reportsEveryBadKeyWithWhereItCameFrom() throws Exception {
        Path file = dir.resolve("bot.yaml");
        Files.writeString(file, "retrieval:\n  mode: sparse\n  dense_weight: 0\n  bm25_weight: 0\n  rrf_k: 0\n");
        ConfigException e = assertThrows(ConfigException.class, () -> SettingsLoader.load(file, true, Map.of()));
        String message = e.getMessage();
        assertTrue(message.contains("retrieval.mode (from " + file + ":2)"), message);
        assertTrue(message.contains("retrieval.rrf_k"), message);
        assertTrue(message.contains("must not both be 0"), message);
    }

    @Test
    void theQuestionCacheIsOnByDefaultAndCanBeSizedOrTurnedOff() throws Exception {
        Settings defaults = SettingsLoader.load(dir.resolve("absent.yaml"), false, Map.of());
        assertEquals(RetrievalSettings.DEFAULT_QUESTION_CACHE, defaults.retrieval().questionCache());

        Path file = dir.resolve("bot.yaml");
        Files.writeString(file, "retrieval:\n  question_cache: 100\n");
        assertEquals(100, SettingsLoader.load(file, true, Map.of()).retrieval().questionCache());
        assertEquals(0, SettingsLoader.load(file, true, Map.of("RUJP_RETRIEVAL_QUESTION_CACHE", "0")).retrieval().questionCache());
    }

    @Test
    void aNegativeQuestionCacheIsReportedWithItsOrigin() throws Exception {
        Path file = dir.resolve("bot.yaml");
        Files.writeString(file, "retrieval:\n  question_cache: -5\n");
        ConfigException e = assertThrows(ConfigException.class, () -> SettingsLoader.load(file, true, Map.of()));
        assertTrue(e.getMessage().contains("retrieval.question_cache (from " + file + ":2)"), e.getMessage());
    }
}
