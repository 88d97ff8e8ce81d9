package org.rujp.bot.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.rujp.bot.App;
import org.rujp.bot.answer.Answer;
import org.rujp.bot.answer.AnswerText;
import org.rujp.bot.answer.Question;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rujp-bot chat}: an interactive console conversation with follow-up questions. */
@Command(name = "chat", mixinStandardHelpOptions = true,
        description = "An interactive conversation on the console; follow-up questions refer to the previous answer. Type /quit or press Ctrl-D to leave.")
public final class ChatCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Option(names = "--no-log", description = "Do not record the conversation in the conversation log.")
    boolean noLog;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        App app = App.start(global.settings());
        String indexVersion = app.index().index().key();
        Instant session = Instant.now();
        String chatId = System.getProperty("user.name", "console") + "@" + session;
        try (ConsoleLog log = ConsoleLog.open(app.settings(), noLog, "chat", chatId, spec.commandLine().getErr())) {
            converse(app, log, indexVersion, out);
        }
        return 0;
    }

    private void converse(App app, ConsoleLog log, String indexVersion, PrintWriter out) throws IOException {
        out.println("Ask about Russia-Japan exchanges (" + app.knowledge().facts().size() + " facts from "
                + app.knowledge().sources().size() + " articles). /quit to leave.");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Optional<Question.Context> context = Optional.empty();
        out.print("> ");
        out.flush();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String text = line.strip();
            if (text.equals("/quit") || text.equals("/exit")) {
                break;
            }
            // An empty line (Enter alone, spaces, tabs) just prompts again. A line of control characters is
            // a question like any other, answered as 'ask' answers it ("Please ask a question in words"),
            // although String.strip() counts some of them (U+001C..U+001F) as white space.
            if (!line.chars().allMatch(ch -> ch == ' ' || ch == '\t' || ch == '\r')) {
                text = text.isEmpty() ? line : text;
                Instant time = Instant.now();
                long start = System.nanoTime();
                Answer answer = app.answerer().answer(new Question(text, Optional.empty(), context));
                String shown = AnswerText.plain(answer);
                long nanos = System.nanoTime() - start;
                out.println(shown);
                out.println();
                out.flush();
                log.record(time, answer, shown, indexVersion, nanos);
                if (answer instanceof Answer.Answered a) {
                    context = Optional.of(new Question.Context(a.resolvedQuestion(),
                            a.statements().stream().map(s -> s.fact().id()).toList()));
                }
            }
            out.print("> ");
            out.flush();
        }
        out.println();
    }
}
