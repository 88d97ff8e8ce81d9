package org.rujp.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rujp.bot.config.ConfigException;
import org.rujp.bot.config.EffectiveConfig;
import org.rujp.bot.config.Settings;
import org.rujp.bot.config.SettingsLoader;
import org.junit.jupiter.api.Assertions;

/** {@code rujp-bot config}: every setting in effect, as a config file, and never a secret's value. */
class ConfigCommandTest {
    private static final String TOKEN = "123456789:AAHsecretTokenValueThatMustNeverShow_x";
    private static final String WEBHOOK_SECRET = "webhookSecretNeverShown_42";
    private static final String STORE_PASSWORD = "pg-Password-Never-Shown";
    private static final String PSEUDONYM_KEY = "pseudonymKeyNeverShown0123456789abcdef";
    private static final String URL_PASSWORD = "urlPasswordNeverShown";

    @TempDir
    Path temp;

    /** The environment of a replica: every secret set, overrides in the RUJP_ variables. */
    private Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("TELEGRAM_BOT_TOKEN", TOKEN);
        env.put("TELEGRAM_WEBHOOK_SECRET", WEBHOOK_SECRET);
        env.put("RUJP_STORE_PASSWORD", STORE_PASSWORD);
        env.put("RUJP_PSEUDONYM_KEY", PSEUDONYM_KEY);
        env.put("RUJP_STORE_URL", "jdbc:postgresql://db:5432/rujp?ssl=false");
        env.put("RUJP_STORE_USER", "rujp");
        env.put("RUJP_TELEGRAM_MODE", "webhook");
        env.put("RUJP_TELEGRAM_WEBHOOK_PORT", "8081");
        env.put("RUJP_MANAGEMENT_BIND", "0.0.0.0:9090");
        env.put("RUJP_LOG_FORMAT", "json");
        return env;
    }

    private static void assertNoSecret(String text) {
        for (String secret : List.of(TOKEN, WEBHOOK_SECRET, STORE_PASSWORD, PSEUDONYM_KEY, URL_PASSWORD,
                TOKEN.substring(TOKEN.indexOf(':') + 1))) {
            assertFalse(text.contains(secret), "a secret value was printed:\n" + text);
        }
    }

    @Nested
    class ThePrintedConfiguration {
        private Path configFile() throws Exception {
            Path file = temp.resolve("rujp-bot.yaml");
            Files.writeString(file, """
                    answer:
                      candidates: 7
                      min_score_by_language:
                        ru: 0.12
                    digest:
                      weekly_cron: "0 10 * * FRI"
                    """, StandardCharsets.UTF_8);
            return file;
        }

        @Test
        void namesEverySecretAsSetWithoutItsValue() throws Exception {
            Path file = configFile();
            String yaml = EffectiveConfig.yaml(SettingsLoader.load(file, true, env()), file, true, env());

            assertNoSecret(yaml);
            for (String name : EffectiveConfig.SECRET_VARIABLES) {
                assertTrue(yaml.contains("#   " + name + ": set"), name + " not listed:\n" + yaml);
            }
            assertTrue(yaml.contains("url: jdbc:postgresql://db:5432/rujp?ssl=false"), yaml);
        }

        @Test
        void refusesAStoreUrlCarryingAPasswordWithoutRepeatingIt() throws Exception {
            Map<String, String> env = env();
            env.put("RUJP_STORE_URL", "jdbc:postgresql://rujp:" + URL_PASSWORD + "@db:5432/rujp?password=" + URL_PASSWORD + "&ssl=false");
            org.rujp.bot.config.ConfigException e = org.junit.jupiter.api.Assertions.assertThrows(
                    org.rujp.bot.config.ConfigException.class, () -> SettingsLoader.load(configFile(), true, env));
            assertTrue(e.getMessage().contains("must not carry the password"), e.getMessage());
            assertNoSecret(e.getMessage());
        }

        @Test
        void holdsTheFileTheEnvironmentAndTheDefaults() throws Exception {
            Path file = configFile();
            String yaml = EffectiveConfig.yaml(SettingsLoader.load(file, true, env()), file, true, env());

            assertTrue(yaml.contains("candidates: 7"), "from the file:\n" + yaml);
            assertTrue(yaml.contains("weekly_cron: 0 10 * * FRI"), "from the file:\n" + yaml);
            assertTrue(yaml.contains("port: 8081"), "from the environment:\n" + yaml);
            assertTrue(yaml.contains("bind: 0.0.0.0:9090"), "from the environment:\n" + yaml);
            assertTrue(yaml.contains("format: json"), "from the environment:\n" + yaml);
            assertTrue(yaml.contains("retention: 90d"), "a default:\n" + yaml);
            assertTrue(yaml.contains("daily_cron: 0 9 * * *"), "a default:\n" + yaml);
            assertTrue(yaml.contains("# environment: RUJP_LOG_FORMAT, RUJP_MANAGEMENT_BIND, RUJP_STORE_URL, RUJP_STORE_USER, "
                    + "RUJP_TELEGRAM_MODE, RUJP_TELEGRAM_WEBHOOK_PORT"), yaml);
        }

        @Test
        void readBackAsAConfigFileGivesTheSameSettings() throws Exception {
            Path file = configFile();
            Map<String, String> noUrlPassword = env();
            noUrlPassword.put("RUJP_STORE_URL", "jdbc:postgresql://db:5432/rujp");
            Settings original = SettingsLoader.load(file, true, noUrlPassword);
            Path printed = temp.resolve("printed.yaml");
            Files.writeString(printed, EffectiveConfig.yaml(original, file, true, noUrlPassword), StandardCharsets.UTF_8);

            Map<String, String> secretsOnly = new HashMap<>();
            for (String name : List.of("TELEGRAM_BOT_TOKEN", "TELEGRAM_WEBHOOK_SECRET", "RUJP_STORE_PASSWORD")) {
                secretsOnly.put(name, noUrlPassword.get(name));
            }
            Settings again = SettingsLoader.load(printed, true, secretsOnly);

            assertEquals(original, again);
        }

        @Test
        void withNoFileAndNoEnvironmentIsTheDefaultsAndSaysSo() {
            Path file = temp.resolve("absent.yaml");
            String yaml = EffectiveConfig.yaml(SettingsLoader.load(file, false, Map.of()), file, false, Map.of());

            assertTrue(yaml.contains("(absent: defaults)"), yaml);
            assertTrue(yaml.contains("#   TELEGRAM_BOT_TOKEN: not set"), yaml);
            assertTrue(yaml.contains("url: ''"), yaml);
            assertTrue(yaml.contains("mode: polling"), yaml);
        }
    }

    @Test
    void aPasswordInTheConfigFileIsRefused() throws Exception {
        Path file = temp.resolve("bad.yaml");
        Files.writeString(file, "store:\n  url: jdbc:postgresql://db/rujp\n  password: hunter2\n", StandardCharsets.UTF_8);

        ConfigException e = Assertions.assertThrows(ConfigException.class, () -> SettingsLoader.load(file, true, Map.of()));

        assertTrue(e.getMessage().contains("store.password"), e.getMessage());
        assertTrue(e.getMessage().contains("environment only"), e.getMessage());
    }

    @Test
    void theCommandPrintsNoSecretFromARealEnvironment() throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", classPath, "org.rujp.bot.cli.Main", "config",
                "--knowledge-dir", Path.of("knowledge").toAbsolutePath().toString()));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().keySet().removeIf(k -> k.startsWith("RUJP_") || k.startsWith("TELEGRAM_"));
        pb.environment().putAll(env());
        Path out = temp.resolve("out.txt");
        Path err = temp.resolve("err.txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "config did not finish");
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        String stderr = Files.readString(err, StandardCharsets.UTF_8);

        assertEquals(0, p.exitValue(), stderr);
        assertNoSecret(stdout + stderr);
        assertTrue(stdout.contains("mode: webhook"), stdout);
        assertTrue(stdout.contains("user: rujp"), stdout);
        assertTrue(stdout.contains("#   RUJP_STORE_PASSWORD: set"), stdout);
    }
}
