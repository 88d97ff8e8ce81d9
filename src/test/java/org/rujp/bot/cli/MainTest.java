package org.rujp.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user runs it: arguments in, text and exit code out. */
class MainTest {
    @TempDir
    Path data;

    record Run(int code, String out, String err) {
    }

    @org.junit.jupiter.api.BeforeEach
    void seedTheIndex() {
        org.rujp.bot.TestBots.seedIndex(data);
    }

    Run run(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        InputStream original = System.in;
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
            return new Run(code, out.toString(), err.toString());
        } finally {
            System.setIn(original);
        }
    }

    @Test
    void askPrintsAnAnswerWithItsCitation() {
        Run r = run("", "ask", "--data-dir", data.toString(), "When was the year of interregional exchanges extended?");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("2021"), r.out());
        assertTrue(r.out().contains("Sources:\n[1] Russkiy Mir Foundation"), r.out());
    }

    @Test
    void askJsonAnswersEveryLineOfStandardInputAsOneJsonObject() throws IOException {
        Run r = run("How many events did the Cross Years include?\n\nWhat is the humidity today?\n",
                "ask", "--json", "--data-dir", data.toString());
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertEquals(2, lines.length, r.out());
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(lines[0]);
        assertEquals(false, first.get("refused").asBoolean());
        assertTrue(first.get("answer").asText().contains("700"));
        assertTrue(first.get("sources").get(0).has("publisher"));
        assertTrue(first.get("facts").get(0).get("score").isNumber());
        assertTrue(first.get("latencyMs").isFloatingPointNumber(), "latencyMs is a decimal number of milliseconds: " + lines[0]);
        assertTrue(lines[0].matches(".*\"latencyMs\":\\d+\\.\\d+.*"), lines[0]);
        JsonNode second = json.readTree(lines[1]);
        assertEquals(true, second.get("refused").asBoolean());
        assertEquals(0, second.get("sources").size());
    }

    @Test
    void askJsonOnSeveralWorkersPrintsAndLogsTheAnswersInTheOrderOfTheQuestions() throws IOException {
        String[] asked = {"How many events did the Cross Years include?", "What is the humidity today?",
                "When was the year of interregional exchanges extended?", "Кто предложил план из восьми пунктов?",
                "地域交流年はいつ延長されましたか？"};
        StringBuilder stdin = new StringBuilder();
        java.util.List<String> questions = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String q = asked[i % asked.length] + " ".repeat(i / asked.length); // all different, answered alike
            questions.add(q);
            stdin.append(q).append('\n');
        }
        Run r = run(stdin.toString(), "ask", "--json", "--workers", "3", "--data-dir", data.toString());
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().strip().split("\n");
        ObjectMapper json = new ObjectMapper();
        java.util.List<String> printed = new java.util.ArrayList<>();
        for (String line : lines) {
            printed.add(json.readTree(line).get("question").asText());
        }
        assertEquals(questions.stream().map(String::strip).toList(), printed.stream().map(String::strip).toList());
        org.rujp.bot.config.Settings settings = org.rujp.bot.config.SettingsLoader.load(data.resolve("absent.yaml"), false,
                java.util.Map.of()).withDataDir(data);
        try (org.rujp.bot.store.Store store = org.rujp.bot.store.Store.open(settings)) {
            java.util.List<String> logged = store.log().turns(java.util.Optional.empty()).stream()
                    .sorted(java.util.Comparator.comparingLong(org.rujp.bot.store.LoggedTurn::id))
                    .map(t -> t.question().strip()).toList();
            assertEquals(printed.stream().map(String::strip).toList(), logged, "every answer logged, in the order of the questions");
        }
    }

    @Test
    void askWithoutAQuestionIsAUsageError() {
        Run r = run("", "ask", "--data-dir", data.toString());
        assertEquals(Main.EXIT_USAGE, r.code());
        assertTrue(r.err().contains("give a question"), r.err());
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Run r = run("", "ask", "--frobnicate", "x");
        assertEquals(Main.EXIT_USAGE, r.code());
        assertTrue(r.err().contains("Unknown option: '--frobnicate'"), r.err());
    }

    @Test
    void aBadConfigFileExitsWithItsProblems() throws IOException {
        Path config = data.resolve("bad.yaml");
        Files.writeString(config, "answer:\n  min_score: lots\n");
        Run r = run("", "ask", "--config", config.toString(), "Hello?");
        assertEquals(Main.EXIT_INPUT, r.code());
        assertTrue(r.err().contains("answer.min_score (from " + config + ":2)"), r.err());
    }

    @Test
    void aBrokenKnowledgeDirectoryNamesTheFile() throws IOException {
        Path kb = data.resolve("kb");
        Files.createDirectories(kb.resolve("articles"));
        Files.writeString(kb.resolve("aliases.yaml"), "entities:\n  - id: x\n    kind: planet\n    en: [X]\n    ru: [Х]\n    ja: [エックス]\n");
        Run r = run("", "ask", "--knowledge-dir", kb.toString(), "--data-dir", data.toString(), "Hello?");
        assertEquals(Main.EXIT_INPUT, r.code());
        assertTrue(r.err().contains(kb.resolve("aliases.yaml") + ":3: entities[0].kind: unknown kind 'planet'"), r.err());
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"ask", "chat", "eval"}) {
            Run r = run("", command, "--help");
            assertEquals(0, r.code());
            assertTrue(r.out().contains("Usage: rujp-bot " + command), r.out());
        }
    }

    @Test
    void chatKeepsTheConversationForFollowUps() {
        Run r = run("What is the Year of Interregional and Sister-City Exchanges?\nWhen was it extended?\n/quit\n",
                "chat", "--data-dir", data.toString());
        assertEquals(0, r.code(), r.err());
        String afterFollowUp = r.out().substring(r.out().indexOf("> ", r.out().indexOf("> ") + 2));
        assertTrue(afterFollowUp.contains("2021"), r.out());
    }

    @Test
    void chatAnswersALineOfControlCharactersAsAskDoesAndSkipsAnEmptyLine() {
        String controls = "\u001c\u001f\u001e";
        Run ask = run("", "ask", "--no-log", "--data-dir", data.toString(), controls);
        Run chat = run("\n   \n" + controls + "\n/quit\n", "chat", "--no-log", "--data-dir", data.toString());

        assertEquals(0, chat.code(), chat.err());
        assertTrue(ask.out().startsWith("Please ask a question in words"), ask.out());
        assertTrue(chat.out().contains("> > > " + ask.out().strip()), chat.out());
    }
}
