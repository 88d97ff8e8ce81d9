package org.rujp.bot.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes logged turns for outside tools: JSON Lines (one object per turn, every field of
 * {@link LoggedTurn}) or CSV (RFC 4180, written by jackson-dataformat-csv: comma-separated, CRLF line ends, fields
 * with commas, quotes or line breaks quoted, quotes doubled; facts and feedback as compact columns).
 */
public final class LogExport {
    public enum Format { JSONL, CSV }

    /** The CSV header, in column order. */
    public static final List<String> CSV_COLUMNS = List.of("id", "time", "channel", "chat_id", "user_id", "chat_type",
            "lang", "question", "resolved_question", "outcome", "refusal_reason", "answer_text", "lead", "answerer",
            "index_version", "total_ns", "resolve_ns", "retrieve_ns", "decide_ns", "compose_ns", "sources", "facts",
            "helpful_votes", "not_helpful_votes");

    private static final ObjectMapper JSON = mapper();
    /** Quotes a field only when it holds a comma, a quote or a line break (as RFC 4180 asks); never closes the writer. */
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build();
    private static final CsvSchema CSV_SCHEMA = CsvSchema.emptySchema().withLineSeparator("\r\n");

    private LogExport() {
    }

    /** The mapper of the JSON Lines format; reading a line back with it gives the same {@link LoggedTurn}. */
    public static ObjectMapper mapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    public static void write(List<LoggedTurn> turns, Format format, Writer out) throws IOException {
        if (format == Format.JSONL) {
            for (LoggedTurn turn : turns) {
                out.write(JSON.writeValueAsString(turn));
                out.write('\n');
            }
        } else {
            try (SequenceWriter rows = CSV.writer(CSV_SCHEMA).writeValues(out)) {
                rows.write(CSV_COLUMNS);
                for (LoggedTurn turn : turns) {
                    rows.write(csvFields(turn));
                }
            }
        }
        out.flush();
    }

    static List<String> csvFields(LoggedTurn t) {
        List<String> f = new ArrayList<>();
        f.add(Long.toString(t.id()));
        f.add(t.time().toString());
        f.add(t.channel());
        f.add(t.chatId());
        f.add(t.userId());
        f.add(t.chatType());
        f.add(t.lang());
        f.add(t.question());
        f.add(t.resolvedQuestion());
        f.add(t.outcome());
        f.add(t.refusalReason());
        f.add(t.answerText());
        f.add(t.lead());
        f.add(t.answerer());
        f.add(t.indexVersion());
        f.add(Long.toString(t.totalNanos()));
        for (String stage : JdbcConversationLog.STAGES) {
            Long nanos = t.stageNanos().get(stage);
            f.add(nanos == null ? "" : nanos.toString());
        }
        f.add(String.join(" ", t.sources()));
        f.add(compactFacts(t.facts()));
        f.add(Long.toString(t.feedback().stream().filter(LoggedTurn.Feedback::helpful).count()));
        f.add(Long.toString(t.feedback().stream().filter(v -> !v.helpful()).count()));
        return f;
    }

    /** "fact_id|rank|score|stated;..." in rank order; the rank is empty for a fact stated but not retrieved. */
    public static String compactFacts(List<LoggedTurn.Fact> facts) {
        List<String> parts = new ArrayList<>();
        for (LoggedTurn.Fact fact : facts) {
            parts.add(fact.factId() + "|" + (fact.rank() > 0 ? Integer.toString(fact.rank()) : "") + "|"
                    + String.format(Locale.ROOT, "%.4f", fact.score()) + "|" + (fact.stated() ? "stated" : "retrieved"));
        }
        return String.join(";", parts);
    }
}
