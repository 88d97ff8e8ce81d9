package org.rujp.bot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
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
        description = "An interactive conversation on the console; follow-up questions refer to the previous answer. On a terminal, lines can be edited and earlier questions recalled with the arrow keys or Ctrl-R, across sessions. Type /quit or press Ctrl-D to leave.")
public final class ChatCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Option(names = "--no-log", description = "Do not record the conversation in the conversation log.")
    boolean noLog;

    @Option(names = "--history", paramLabel = "FILE",
            description = "Where the questions typed on a terminal are kept for the arrow keys and Ctrl-R, across sessions (default: chat-history in the data directory).")
    Path history;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        App app = App.start(global.settings(), global.progress());
        String indexVersion = app.index().index().key();
        Instant session = Instant.now();
        String chatId = System.getProperty("user.name", "console") + "@" + session;
        // Line editing only on a terminal: piped questions are read as plain lines, with no escape codes in the output.
        try (ConsoleLog log = ConsoleLog.open(app.settings(), noLog, "chat", chatId, spec.commandLine().getErr());
             ChatInput in = System.console() != null
                     ? ChatInput.terminal(history != null ? history : app.settings().dataDir().resolve(HISTORY_FILE))
                     : ChatInput.plain(System.in, out)) {
            converse(app, in, log, indexVersion, out);
        }
        return 0;
    }

    /** The history's file name in the data directory. */
    static final String HISTORY_FILE = "chat-history";

    static void converse(App app, ChatInput in, ConsoleLog log, String indexVersion, PrintWriter out) throws IOException {
        converse(app.answerer(), "Ask about Russia-Japan exchanges (" + app.knowledge().facts().size() + " facts from "
                + app.knowledge().sources().size() + " articles). /quit to leave.", in, log, indexVersion, out);
    }

    /** The conversation: each line answered in the context of the last answer; a question the answerer fails on gets an apology. */
    static void converse(org.rujp.bot.answer.Answerer answerer, String greeting, ChatInput in, ConsoleLog log, String indexVersion,
                         PrintWriter out) throws IOException {
        out.println(greeting);
        out.flush();
        int number = 0;
        Optional<Question.Context> context = Optional.empty();
        for (String line = in.readLine("> "); line != null; line = in.readLine("> ")) {
            number++;
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
                Answer answer = AskCommand.answerOrFailure(answerer, new Question(text, Optional.empty(), context), "chat line " + number);
                String shown = AnswerText.plain(answer);
                long nanos = System.nanoTime() - start;
                out.println(shown);
                out.println();
                out.flush();
                log.record(time, answer, shown, indexVersion, nanos);
                if (answer instanceof Answer.Answered a) {
                    context = Optional.of(Question.Context.after(a));
                }
            }
        }
        out.println();
        out.flush();
    }
}
