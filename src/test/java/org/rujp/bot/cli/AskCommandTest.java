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

    @Test
    void latencyIsWrittenAsDecimalMillisecondsToTheMicrosecond() throws Exception {
        String line = JSON.writeValueAsString(AskCommand.toJson(REFUSED, 4_567_891));
        JsonNode node = JSON.readTree(line);
        assertTrue(node.get("latencyMs").isFloatingPointNumber(), line);
        assertEquals(4.568, node.get("latencyMs").asDouble(), 1e-9);
        assertTrue(line.contains("\"latencyMs\":4.568"), line);
    }

    @Test
    void aWholeMillisecondIsStillADecimal() throws Exception {
        String line = JSON.writeValueAsString(AskCommand.toJson(REFUSED, 3_000_000));
        assertTrue(line.contains("\"latencyMs\":3.0"), line);
    }
}
