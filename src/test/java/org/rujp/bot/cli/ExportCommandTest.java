package org.rujp.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rujp.bot.answer.Answer;
import org.rujp.bot.config.Settings;
import org.rujp.bot.config.SettingsLoader;
import org.rujp.bot.store.LogExport;
import org.rujp.bot.store.LoggedTurn;
import org.rujp.bot.store.Store;
import org.rujp.bot.store.Turn;
import org.rujp.bot.store.Turns;

class ExportCommandTest {
    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
    private static final List<String> AWKWARD_QUESTIONS = List.of(
            "Plain question",
            "Commas, \"quotes\", and 'apostrophes'",
            "Two\nlines and a\r\nCRLF",
            "<b>markup</b> *bold* _italic_ `code` [link](http://x)",
            "Когда продлили Год межрегиональных обменов?",
            "日露交流年はいつ延長されましたか？",
            ",leading comma and trailing quote\"");

    @TempDir
    Path dir;
    Settings settings;
    List<LoggedTurn> logged;

    @BeforeEach
    void logSomeTurns() {
        settings = SettingsLoader.load(dir.resolve("absent.yaml"), false, Map.of()).withDataDir(dir.resolve("data"));
        try (Store store = Store.open(settings)) {
            for (int i = 0; i < AWKWARD_QUESTIONS.size(); i++) {
                String q = AWKWARD_QUESTIONS.get(i);
                Answer answer = i % 3 == 2 ? Turns.refused(q) : Turns.answered(q);
                long id = store.log().record(new Turn(T0.plusSeconds(3600L * i), "telegram", "-100" + i, "u" + i,
                        "group", answer, "Answer to " + q + ", with \"quotes\"", "idx", 1000L + i));
                if (i % 2 == 0) {
                    store.log().feedback(id, i == 0, T0);
                }
            }
            logged = store.log().turns(Optional.empty());
        }
    }

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", dir.resolve("data").toString()));
        int code = Main.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void jsonLinesReadBackAsTheSameTurns() throws Exception {
        Run r = run("export", "--format", "jsonl");

        assertEquals(0, r.code(), r.err());
        List<LoggedTurn> parsed = new ArrayList<>();
        for (String line : r.out().split("\n")) {
            parsed.add(LogExport.mapper().readValue(line, LoggedTurn.class));
        }
        assertEquals(logged, parsed);
        assertTrue(r.err().contains("wrote 7 turns as jsonl to standard output"), r.err());
    }

    @Test
    void csvParsesBackWithEveryAwkwardQuestionIntact() throws Exception {
        Path file = dir.resolve("out/log.csv");

        Run r = run("export", "--format", "csv", "--output", file.toString());

        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        List<List<String>> rows = Csv.parse(Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(LogExport.CSV_COLUMNS, rows.get(0));
        assertEquals(logged.size() + 1, rows.size());
        int question = LogExport.CSV_COLUMNS.indexOf("question");
        int answerText = LogExport.CSV_COLUMNS.indexOf("answer_text");
        int facts = LogExport.CSV_COLUMNS.indexOf("facts");
        int helpful = LogExport.CSV_COLUMNS.indexOf("helpful_votes");
        int notHelpful = LogExport.CSV_COLUMNS.indexOf("not_helpful_votes");
        for (int i = 0; i < logged.size(); i++) {
            List<String> row = rows.get(i + 1);
            assertEquals(LogExport.CSV_COLUMNS.size(), row.size(), "row " + (i + 1));
            assertEquals(AWKWARD_QUESTIONS.get(i), row.get(question));
            assertEquals(logged.get(i).answerText(), row.get(answerText));
            assertEquals(Long.toString(logged.get(i).id()), row.get(0));
            assertEquals(logged.get(i).time().toString(), row.get(1));
        }
        assertEquals("iy21-extended|1|0.8300|stated;plan-trade-growth|2|0.7700|stated;iy19-closing-concert|3|0.5100|retrieved",
                rows.get(1).get(facts));
        assertEquals(List.of("1", "0"), List.of(rows.get(1).get(helpful), rows.get(1).get(notHelpful)));
        assertEquals(List.of("0", "1"), List.of(rows.get(3).get(helpful), rows.get(3).get(notHelpful)));
        assertTrue(r.err().contains("wrote 7 turns as csv to " + file), r.err());
    }

    @Test
    void csvQuotesOnlyFieldsThatNeedItAndEndsRecordsWithCrLf() throws Exception {
        Run r = run("export", "--format", "csv");

        assertEquals(0, r.code(), r.err());
        String csv = r.out();
        assertTrue(csv.startsWith(String.join(",", LogExport.CSV_COLUMNS) + "\r\n"), csv.substring(0, 200));
        assertTrue(csv.contains(",Plain question,"), "a field without commas, quotes or line breaks is not quoted");
        assertTrue(csv.contains(",\"Commas, \"\"quotes\"\", and 'apostrophes'\","), "quotes doubled inside quotes");
        assertTrue(csv.contains(",\"Two\nlines and a\r\nCRLF\","), "line breaks kept inside quotes");
        assertTrue(csv.contains(",日露交流年はいつ延長されましたか？,"), "UTF-8 text as it is");
        assertTrue(csv.endsWith("\r\n") && !csv.replace("\r\n", "").contains("\r\n"), "CRLF record ends");
    }

    @Test
    void sinceLeavesOutEarlierTurns() {
        Run r = run("export", "--format", "jsonl", "--since", "2024-05-01T14:30:00Z");

        assertEquals(0, r.code(), r.err());
        assertEquals(2, r.out().split("\n").length);
        assertEquals(7, run("export", "--format", "jsonl", "--since", "2024-05-01").out().split("\n").length);
    }

    @Test
    void badArgumentsAreUsageErrorsAndAMissingLogIsReported() throws Exception {
        assertEquals(Main.EXIT_USAGE, run("export", "--format", "xml").code());
        assertEquals(Main.EXIT_USAGE, run("export", "--format", "csv", "--since", "yesterday").code());
        assertEquals(Main.EXIT_USAGE, run("export").code());

        Files.delete(Store.file(settings));
        Run r = run("export", "--format", "csv");

        assertEquals(Main.EXIT_INPUT, r.code());
        assertTrue(r.err().contains("no conversation log at " + Store.file(settings)), r.err());
        assertFalse(Files.exists(Store.file(settings)), "export does not create an empty log");
    }
}
