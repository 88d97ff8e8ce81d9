package org.rujp.bot.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.ExternalTerminal;

/**
 * Where {@code chat} reads its lines: with line editing and a history kept across sessions (JLine) on a
 * terminal, or plain lines when standard input is a pipe or a file, so that scripts see no escape codes.
 */
interface ChatInput extends AutoCloseable {
    /** The next line, after showing the prompt; null at the end of the input (Ctrl-D). */
    String readLine(String prompt) throws IOException;

    @Override
    void close() throws IOException;

    /** Lines of the input as they come, the prompt printed before each. */
    static ChatInput plain(InputStream in, PrintWriter out) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        return new ChatInput() {
            @Override
            public String readLine(String prompt) throws IOException {
                out.print(prompt);
                out.flush();
                return reader.readLine();
            }

            @Override
            public void close() {
                // standard input stays open for whoever owns it
            }
        };
    }

    /** Line editing (arrows, Ctrl-A/E/U/W, ...) and history on the console's terminal. */
    static ChatInput terminal(Path history) {
        try {
            return editing(TerminalBuilder.builder().system(true).encoding(StandardCharsets.UTF_8).build(), history);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Line editing over any streams, as an xterm would send its keys (tests drive it so). */
    static ChatInput editing(InputStream in, OutputStream out, Path history) throws IOException {
        return editing(new ExternalTerminal("chat", "xterm", in, out, StandardCharsets.UTF_8), history);
    }

    private static ChatInput editing(Terminal terminal, Path history) {
        LineReader reader = LineReaderBuilder.builder().terminal(terminal)
                .variable(LineReader.HISTORY_FILE, history)
                .variable(LineReader.HISTORY_FILE_SIZE, 1000)
                .variable(LineReader.HISTORY_IGNORE, "/quit|/exit")
                .option(LineReader.Option.HISTORY_IGNORE_SPACE, true)
                .build();
        return new ChatInput() {
            @Override
            public String readLine(String prompt) {
                while (true) {
                    try {
                        return reader.readLine(prompt);
                    } catch (UserInterruptException e) {
                        // Ctrl-C drops the line being typed; Ctrl-D or /quit leaves
                    } catch (EndOfFileException e) {
                        return null;
                    }
                }
            }

            @Override
            public void close() throws IOException {
                reader.getHistory().save();
                terminal.close();
            }
        };
    }
}
