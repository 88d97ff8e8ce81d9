package org.rujp.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rujp.bot.answer.Answer;
import org.rujp.bot.knowledge.Lang;

class AskCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Answer REFUSED = new Answer.Refused("Price of bitcoin?", "Price of bitcoin?", Lang.EN, "unknown",
            "I don't know.", List.of(), List.of(), "t", Map.of());
    /** An answerer that fails on a question with "boom" in it and declines the others. */
    private static final org.rujp.bot.answer.Answerer FAILING_ON_BOOM = q -> {
        if (q.text().contains("boom")) {
            throw new IllegalStateException("index out of range");
        }
        return new Answer.Refused(q.text(), q.text(), Lang.EN, "unknown", "I don't know.", List.of(), List.of(), "t", Map.of());
    };

    @Test
    void latencyIsWrittenAsDecimalMillisecondsToTheMicrosecond() throws Exception {
        String line = JSON.writeValueAsString(AskCommand.toJson(REFUSED, 4_567_891));
        JsonNode node = JSON.readTree(line);
        assertTrue(node.get("latencyMs").isFloatingPointNumber(), line);
        assertEquals(4.568, node.get("latencyMs").asDouble(), 1e-9);
        assertTrue(line.contains("\"latencyMs\":4.568"), line);
    }

    @Test
    void aQuestionTheAnswererFailsOnIsAnsweredWithAnApologyAndTheLinesAfterItStillAre() throws Exception {
        java.io.StringWriter written = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        try (ConsoleLog log = ConsoleLog.over(null, "cli", null, new java.io.PrintWriter(err))) {
            int count = AskCommand.answerLines(new java.io.BufferedReader(new java.io.StringReader("first?\nboom?\nthird?\n")),
                    new java.io.PrintWriter(written), FAILING_ON_BOOM, log, "v", 2);
            assertEquals(3, count);
        }
        List<JsonNode> lines = written.toString().lines().map(l -> {
            try {
                return JSON.readTree(l);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList();
        assertEquals(List.of("first?", "boom?", "third?"), lines.stream().map(n -> n.get("question").asText()).toList());
        assertTrue(lines.get(1).get("refused").asBoolean() && lines.get(1).get("reason").asText().startsWith("answering failed"), lines.get(1).toString());
        assertTrue(lines.get(1).get("answer").asText().startsWith("Sorry"), lines.get(1).toString());
    }

    @Test
    void aChatGoesOnAfterAQuestionTheAnswererFailsOn() throws Exception {
        java.io.StringWriter written = new java.io.StringWriter();
        try (ConsoleLog log = ConsoleLog.over(null, "chat", "t", new java.io.PrintWriter(new java.io.StringWriter()));
             ChatInput in = ChatInput.plain(new java.io.ByteArrayInputStream("boom?\nafter?\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                     new java.io.PrintWriter(new java.io.StringWriter()))) {
            ChatCommand.converse(FAILING_ON_BOOM, "hello", in, log, "v", new java.io.PrintWriter(written));
        }
        String said = written.toString();
        assertTrue(said.contains("Sorry") && said.indexOf("I don't know.") > said.indexOf("Sorry"), said);
    }

    @Test
    void aWholeMillisecondIsStillADecimal() throws Exception {
        String line = JSON.writeValueAsString(AskCommand.toJson(REFUSED, 3_000_000));
        assertTrue(line.contains("\"latencyMs\":3.0"), line);
    }
}
