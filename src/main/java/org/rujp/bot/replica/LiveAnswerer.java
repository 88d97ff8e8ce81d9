package org.rujp.bot.replica;

import java.util.concurrent.atomic.AtomicReference;
import org.rujp.bot.App;
import org.rujp.bot.answer.Answer;
import org.rujp.bot.answer.Answerer;
import org.rujp.bot.answer.Question;

/**
 * The answerer of whichever {@link App} is current: {@code serve} hands this to the bot once, and a knowledge
 * reload swaps the App underneath in one step. A question already being answered finishes on the App it
 * started with; the next one gets the new App.
 */
public final class LiveAnswerer implements Answerer {
    private final AtomicReference<App> current;

    public LiveAnswerer(App app) {
        this.current = new AtomicReference<>(app);
    }

    @Override
    public Answer answer(Question question) {
        return current.get().answerer().answer(question);
    }

    /** The App answering now. */
    public App app() {
        return current.get();
    }

    /** Makes {@code app} answer from the next question on. */
    public void swap(App app) {
        current.set(app);
    }
}
