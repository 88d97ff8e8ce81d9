package org.rujp.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rujp.bot.answer.Answer;
import org.rujp.bot.answer.Question;
import org.rujp.bot.config.Settings;
import org.rujp.bot.index.Embedder;

/** The bot embeds a question asked again only once, and every time when the question cache is off. */
class QuestionCacheTest {
    private static final String QUESTION = "When was the Year of Interregional Exchanges extended?";

    @TempDir
    Path dataDir;

    /** The real model, counting the questions it is asked to embed. */
    private static final class CountingModel implements Embedder {
        final List<String> questions = new ArrayList<>();

        @Override
        public float[] embed(String text) {
            synchronized (questions) {
                questions.add(text);
            }
            return TestBots.embedder().embed(text);
        }

        @Override
        public List<float[]> embedAll(List<String> texts) {
            return TestBots.embedder().embedAll(texts);
        }

        @Override
        public String modelId() {
            return TestBots.embedder().modelId();
        }
    }

    @Test
    void aQuestionAskedAgainIsEmbeddedOnceAndAnsweredTheSame() {
        CountingModel model = new CountingModel();
        App app = start(TestBots.settings(dataDir), model);

        Answer first = app.answerer().answer(new Question(QUESTION, Optional.empty(), Optional.empty()));
        Answer again = app.answerer().answer(new Question(QUESTION, Optional.empty(), Optional.empty()));

        assertEquals(List.of(QUESTION), model.questions);
        assertEquals(first.retrieved(), again.retrieved());
    }

    @Test
    void withTheCacheOffEveryAnswerEmbedsItsQuestion() {
        CountingModel model = new CountingModel();
        Settings settings = TestBots.settings(dataDir);
        App app = start(settings.withRetrieval(settings.retrieval().withQuestionCache(0)), model);

        app.answerer().answer(new Question(QUESTION, Optional.empty(), Optional.empty()));
        app.answerer().answer(new Question(QUESTION, Optional.empty(), Optional.empty()));

        assertEquals(List.of(QUESTION, QUESTION), model.questions);
    }

    private App start(Settings settings, Embedder model) {
        TestBots.seedIndex(dataDir);
        return App.start(settings, model);
    }
}
