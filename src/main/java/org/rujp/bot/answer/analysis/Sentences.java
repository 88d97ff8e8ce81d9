package org.rujp.bot.answer.analysis;

/** The sentences of a question as users write them: context first, the asking sentence last. */
public final class Sentences {
    private Sentences() {
    }

    /**
     * The sentence that asks: "TASS reported the ministers' meeting. Who at the ministry announced it?" asks
     * about the second; a title in the first ("the ministers") describes the event, not the person asked for.
     */
    public static String asking(String question) {
        // "the guy who runs the fund - what's his name? he was talking about Japanese partners": a statement after
        // the last question mark tells about the one asked for, it does not ask
        String asked = question.strip().replaceFirst("(?<=[?？])[^?？]*$", "");
        String[] sentences = asked.split("(?<=[.!。！])\\s*");
        for (int i = sentences.length - 1; i >= 0; i--) {
            if (sentences[i].contains("?") || sentences[i].contains("？")) {
                return sentences[i];
            }
        }
        return sentences[sentences.length - 1];
    }
}
