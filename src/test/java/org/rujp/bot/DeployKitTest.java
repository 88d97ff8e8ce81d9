package org.rujp.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.rujp.bot.cli.Main;
import org.rujp.bot.config.EffectiveConfig;
import org.rujp.bot.config.OperationsSettings;
import org.rujp.bot.config.Settings;
import org.rujp.bot.config.SettingsLoader;
import org.rujp.bot.config.TelegramSettings;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.ops.MicrometerMetrics;
import org.yaml.snakeyaml.Yaml;
import picocli.CommandLine;

/**
 * The deployment kit in deploy/ cannot be run here (no Docker engine): this keeps it consistent with the code
 * and with itself. Every variable the compose file, the Dockerfile and the systemd unit set is one the config
 * loader takes, and the settings they make are the ones the other files expect (ports, paths, the database);
 * the Dockerfile copies paths that exist; the commands run exist; docs/deploy.md names every metric.
 */
class DeployKitTest {
    private static final Path DEPLOY = Path.of("deploy");
    /** Variables the bot reads besides RUJP_ ones. */
    private static final Set<String> OTHER_VARIABLES = Set.of("TELEGRAM_BOT_TOKEN", "TELEGRAM_WEBHOOK_SECRET", "TELEGRAM_API_URL");
    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([A-Z_][A-Z0-9_]*)(?::?[?-][^}]*)?}");
    private static final Set<String> SUBCOMMANDS = new CommandLine(new Main()).getSubcommands().keySet();

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** "${NAME:?message}" becomes a sample value of the variable, as docker compose would interpolate it. */
    private static String interpolate(String value) {
        Matcher m = INTERPOLATION.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(sample(m.group(1))));
        }
        return m.appendTail(out).toString();
    }

    private static String sample(String variable) {
        return variable.equals("TELEGRAM_BOT_TOKEN") ? "123456789:AAFake-token_for_tests_only_0123456789xyz" : "sample_" + variable;
    }

    /** The settings a process gets from these variables, with the shipped config file; fails on a variable the loader does not take. */
    private static Settings settings(Map<String, String> env) {
        for (String name : env.keySet()) {
            assertTrue(name.startsWith("RUJP_") || OTHER_VARIABLES.contains(name), name + " is read by nothing in the bot");
        }
        return SettingsLoader.load(Path.of("config", "rujp-bot.yaml"), true, env);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return (Map<String, Object>) node;
    }

    @Nested
    class TheComposeFile {
        final Map<String, Object> compose;
        final Map<String, Object> services;

        TheComposeFile() throws IOException {
            compose = new Yaml().load(read(DEPLOY.resolve("compose.yaml")));
            services = map(compose.get("services"));
        }

        List<String> replicas() {
            List<String> out = new ArrayList<>();
            for (Map.Entry<String, Object> e : services.entrySet()) {
                if (Optional.ofNullable(map(e.getValue()).get("command")).map(Object::toString).orElse("").contains("serve")) {
                    out.add(e.getKey());
                }
            }
            return out;
        }

        Map<String, String> environment(String service) {
            Map<String, String> env = new LinkedHashMap<>();
            Object raw = map(services.get(service)).get("environment");
            map(raw).forEach((k, v) -> env.put(k, interpolate(String.valueOf(v))));
            return env;
        }

        @Test
        void runsThreeReplicasOfServeInWebhookModeWithDistinctHostNames() {
            assertEquals(3, replicas().size(), "replicas: " + replicas());
            Set<String> hostNames = new TreeSet<>();
            for (String replica : replicas()) {
                Settings s = settings(environment(replica));
                assertEquals(TelegramSettings.Mode.WEBHOOK, s.telegram().mode(), replica);
                assertEquals("0.0.0.0", s.telegram().webhookBind(), replica + " must listen beyond loopback for nginx");
                assertTrue(s.operations().managementBind().isPresent(), replica + " has a management port");
                assertEquals(OperationsSettings.LogFormat.JSON, s.operations().logFormat());
                hostNames.add(String.valueOf(map(services.get(replica)).get("hostname")));
                Map<String, Object> build = map(map(services.get(replica)).get("build"));
                assertTrue(Files.isRegularFile(DEPLOY.resolve(String.valueOf(build.get("context"))).resolve(String.valueOf(build.get("dockerfile")))),
                        "the build's Dockerfile exists: " + build);
            }
            assertEquals(3, hostNames.size(), "a host name of its own per replica: " + hostNames);
        }

        @Test
        void everyReplicaUsesThePostgresServiceWithItsDatabaseUserAndPassword() {
            Map<String, String> postgres = environment("postgres");
            for (String replica : replicas()) {
                Map<String, String> env = environment(replica);
                Settings s = settings(env);
                assertEquals(Optional.of("jdbc:postgresql://postgres:5432/" + postgres.get("POSTGRES_DB")), s.store().url(), replica);
                assertEquals(postgres.get("POSTGRES_USER"), s.store().user(), replica);
                assertEquals(Optional.of(postgres.get("POSTGRES_PASSWORD")), s.store().password(), replica);
                assertTrue(s.telegram().token().isPresent() && s.telegram().webhookSecret().isPresent(), replica);
                assertNotEquals(null, env.get("RUJP_PSEUDONYM_KEY"), replica + ": one pseudonym key for every replica");
            }
            assertTrue(map(map(services.get(replicas().get(0))).get("depends_on")).containsKey("postgres"));
        }

        @Test
        void secretsComeFromTheEnvironmentNeverFromTheFile() throws IOException {
            for (String replica : replicas()) {
                Object raw = map(services.get(replica)).get("environment");
                for (String secret : EffectiveConfig.SECRET_VARIABLES) {
                    String value = String.valueOf(map(raw).get(secret));
                    assertTrue(value.startsWith("${" + secret), replica + ": " + secret + " must be interpolated from the environment");
                }
            }
            assertTrue(String.valueOf(environment("postgres").get("POSTGRES_PASSWORD")).equals(sample("RUJP_STORE_PASSWORD")));
        }

        @Test
        void nginxIsInFrontOfEveryReplicaOnTheirWebhookPortAndPath() throws IOException {
            Map<String, Object> nginx = map(services.get("nginx"));
            List<String> volumes = ((List<?>) nginx.get("volumes")).stream().map(Object::toString).toList();
            String mounted = volumes.stream().filter(v -> v.endsWith(":/etc/nginx/nginx.conf:ro")).findFirst().orElseThrow();
            Path conf = DEPLOY.resolve(mounted.substring(0, mounted.indexOf(':')));
            NginxConf nginxConf = new NginxConf(read(conf));

            Set<String> expected = new TreeSet<>();
            for (String replica : replicas()) {
                Settings s = settings(environment(replica));
                expected.add(replica + ":" + s.telegram().webhookPort());
                assertTrue(nginxConf.exactLocations().contains(s.telegram().webhookPath()), "nginx forwards " + s.telegram().webhookPath());
            }
            assertEquals(expected, new TreeSet<>(nginxConf.upstreamServers()));
            assertTrue(nginxConf.exactLocations().contains("/healthz"));
            List<String> ports = ((List<?>) nginx.get("ports")).stream().map(Object::toString).toList();
            for (int listen : nginxConf.listenPorts()) {
                assertTrue(ports.stream().anyMatch(p -> p.endsWith(":" + listen)), "nginx's port " + listen + " is published: " + ports);
                assertTrue(Set.of(443, 80, 88, 8443).contains(listen), "Telegram sends webhooks to 443, 80, 88 or 8443 only: " + listen);
            }
        }
    }

    /** The parts of nginx.conf the kit depends on. */
    private record NginxConf(String text) {
        List<String> upstreamServers() {
            Matcher block = Pattern.compile("upstream\\s+\\w+\\s*\\{([^}]*)}").matcher(text);
            assertTrue(block.find(), "nginx.conf has an upstream block");
            List<String> out = new ArrayList<>();
            Matcher server = Pattern.compile("(?m)^\\s*server\\s+([^\\s;]+)").matcher(block.group(1));
            while (server.find()) {
                out.add(server.group(1));
            }
            return out;
        }

        List<String> exactLocations() {
            List<String> out = new ArrayList<>();
            Matcher m = Pattern.compile("location\\s+=\\s+(\\S+)\\s*\\{").matcher(text);
            while (m.find()) {
                out.add(m.group(1));
            }
            return out;
        }

        List<Integer> listenPorts() {
            List<Integer> out = new ArrayList<>();
            Matcher m = Pattern.compile("(?m)^\\s*listen\\s+(?:[^\\s:;]+:)?(\\d+)").matcher(text);
            while (m.find()) {
                out.add(Integer.parseInt(m.group(1)));
            }
            assertFalse(out.isEmpty(), "nginx listens somewhere");
            return out;
        }
    }

    /** The Dockerfile as instructions, continuation lines joined. */
    private static List<String[]> instructions() throws IOException {
        List<String[]> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : read(DEPLOY.resolve("Dockerfile")).split("\n")) {
            if (current.length() == 0 && (line.isBlank() || line.strip().startsWith("#"))) {
                continue;
            }
            if (line.endsWith("\\")) {
                current.append(line, 0, line.length() - 1).append(' ');
                continue;
            }
            current.append(line);
            String joined = current.toString().strip();
            current.setLength(0);
            int space = joined.indexOf(' ');
            out.add(new String[] {joined.substring(0, space), joined.substring(space + 1).strip()});
        }
        return out;
    }

    private static List<String> of(List<String[]> instructions, String keyword) {
        return instructions.stream().filter(i -> i[0].equals(keyword)).map(i -> i[1]).toList();
    }

    @Nested
    class TheDockerfile {
        @Test
        void copiesPathsThatExistFromTheRepositoryRoot() throws IOException {
            List<String> copies = of(instructions(), "COPY");
            assertFalse(copies.isEmpty());
            Set<String> copied = new TreeSet<>();
            for (String copy : copies) {
                if (copy.startsWith("--from=")) {
                    continue;
                }
                String[] parts = copy.split("\\s+");
                for (int i = 0; i < parts.length - 1; i++) {
                    if (!parts[i].startsWith("--")) {
                        assertTrue(Files.exists(Path.of(parts[i])), "COPY " + parts[i] + ": no such path in the repository");
                        copied.add(parts[i].replaceAll("/$", ""));
                    }
                }
            }
            assertTrue(copied.containsAll(Set.of("pom.xml", "src", "bin/rujp-bot", "config", "knowledge")), "copied: " + copied);
            String ignore = read(DEPLOY.resolve("Dockerfile.dockerignore"));
            for (String path : copied) {
                assertFalse(ignore.lines().anyMatch(l -> l.strip().replaceAll("/$", "").equals(path)), path + " is copied but ignored");
            }
        }

        @Test
        void runsServeThroughTheLauncherAsAUserOtherThanRoot() throws IOException {
            List<String[]> all = instructions();
            List<String> users = of(all, "USER");
            assertFalse(users.isEmpty());
            assertFalse(Set.of("root", "0").contains(users.get(users.size() - 1)), "the last USER is not root");
            String entrypoint = of(all, "ENTRYPOINT").get(0);
            String workdir = of(all, "WORKDIR").get(of(all, "WORKDIR").size() - 1);
            String launcher = entrypoint.replaceAll("[\\[\\]\"]", "").strip();
            assertTrue(launcher.startsWith(workdir + "/"), launcher);
            String inImage = launcher.substring(workdir.length() + 1);
            assertTrue(of(all, "COPY").contains(inImage + " " + inImage), "the launcher is copied to " + inImage);
            assertTrue(Files.isExecutable(Path.of(inImage)), inImage);
            String command = of(all, "CMD").get(0).replaceAll("[\\[\\]\"]", "").strip();
            assertTrue(SUBCOMMANDS.contains(command), "CMD " + command + " is a command of rujp-bot");
        }

        @Test
        void itsVariablesAreSettingsAndItsHealthCheckAsksTheManagementPort() throws IOException {
            List<String[]> all = instructions();
            Map<String, String> env = new HashMap<>();
            for (String line : of(all, "ENV")) {
                Matcher m = Pattern.compile("([A-Z_][A-Z0-9_]*)=(\\S+)").matcher(line);
                while (m.find()) {
                    env.put(m.group(1), m.group(2));
                }
            }
            Settings s = settings(env);
            int management = s.operations().managementBind().orElseThrow().port();
            String healthcheck = of(all, "HEALTHCHECK").get(0);
            assertTrue(healthcheck.contains("/dev/tcp/127.0.0.1/" + management + " ") && healthcheck.contains("GET /healthz "), healthcheck);
            Set<String> exposed = Set.of(of(all, "EXPOSE").get(0).split("\\s+"));
            assertEquals(Set.of(Integer.toString(s.telegram().webhookPort()), Integer.toString(management)), exposed);
            String ask = of(all, "RUN").stream().filter(r -> r.contains(" ask ")).findFirst().orElseThrow();
            assertTrue(ask.contains("--no-log"), "no store, and so no pseudonym key, is written into the image: " + ask);
        }
    }

    @Nested
    class TheSystemdUnit {
        final Map<String, List<String>> unit = new LinkedHashMap<>();

        TheSystemdUnit() throws IOException {
            for (String line : read(DEPLOY.resolve("rujp-bot.service")).split("\n")) {
                int eq = line.indexOf('=');
                if (!line.startsWith("#") && !line.startsWith("[") && eq > 0) {
                    unit.computeIfAbsent(line.substring(0, eq), k -> new ArrayList<>()).add(line.substring(eq + 1));
                }
            }
        }

        @Test
        void startsServeWithTheLauncherOfTheInstallDirectory() {
            String workingDirectory = unit.get("WorkingDirectory").get(0);
            String[] exec = unit.get("ExecStart").get(0).split("\\s+");
            assertTrue(exec[0].startsWith(workingDirectory + "/"), exec[0]);
            Path launcher = Path.of(exec[0].substring(workingDirectory.length() + 1));
            assertTrue(Files.isExecutable(launcher), launcher + " exists in the repository and is executable");
            assertEquals("serve", exec[1]);
            assertTrue(SUBCOMMANDS.contains(exec[1]));
            assertNotEquals("root", unit.get("User").get(0));
            assertTrue(unit.get("ReadWritePaths").get(0).equals(workingDirectory + "/data"), "the data directory is writable");
            assertTrue(unit.containsKey("EnvironmentFile"), "secrets come from a file outside the unit");
        }

        @Test
        void itsVariablesAreSettingsAndItStopsAfterTheAnswersInFlight() {
            Map<String, String> env = new HashMap<>();
            for (String assignment : unit.getOrDefault("Environment", List.of())) {
                env.put(assignment.substring(0, assignment.indexOf('=')), assignment.substring(assignment.indexOf('=') + 1));
            }
            Settings s = settings(env);
            assertEquals("127.0.0.1", s.operations().managementBind().orElseThrow().host(), "metrics stay on loopback");
            long stopSeconds = Long.parseLong(unit.get("TimeoutStopSec").get(0));
            assertTrue(stopSeconds > s.telegram().answerTimeout().toSeconds() + 5, "serve waits the answer timeout plus 5 s");
            for (String key : unit.keySet()) {
                for (String value : unit.get(key)) {
                    assertFalse(value.contains("TELEGRAM_BOT_TOKEN=") || value.contains("RUJP_STORE_PASSWORD="), "no secret in the unit");
                }
            }
        }
    }

    @Test
    void theDeploymentGuideNamesEveryMetricAndEveryKitFile() throws IOException {
        MicrometerMetrics metrics = new MicrometerMetrics();
        metrics.watchInbox(() -> 0, () -> 0);
        metrics.updateReceived();
        metrics.updateFinished("answered");
        metrics.updateFinished("failed");
        metrics.answer(Lang.EN, java.time.Duration.ofMillis(20), Optional.of("nothing retrieved"));
        metrics.answerFailed("timeout");
        metrics.digestSend("sent");
        metrics.digestUncertain("skipped");
        metrics.telegramRateLimited("sendMessage");
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^# TYPE (rujp_\\w+) (\\w+)").matcher(metrics.scrape());
        while (m.find()) {
            names.add(m.group(2).equals("counter") ? m.group(1).replaceAll("_total$", "") + "_total" : m.group(1));
        }
        String guide = read(Path.of("docs", "deploy.md"));

        assertTrue(names.size() >= 10, "metrics: " + names);
        for (String name : names) {
            assertTrue(guide.contains("`" + name.replaceAll("_max$", "") + "`") || guide.contains("`" + name + "`"),
                    "docs/deploy.md does not name " + name);
        }
        try (var files = Files.list(DEPLOY)) {
            for (Path file : files.toList()) {
                assertTrue(guide.contains("deploy/" + file.getFileName()), "docs/deploy.md does not describe " + file);
            }
        }
    }
}
