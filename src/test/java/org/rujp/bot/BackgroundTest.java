package org.rujp.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BackgroundTest {
    @Test
    void awaitReturnsWhatTheBuilderBuilt() {
        assertEquals("model", Background.start("test-build", () -> "model").await());
    }

    @Test
    void awaitRethrowsTheBuildersFailureItself() {
        BotException failure = new BotException("cannot load the model");
        Background<String> background = Background.start("test-build", () -> {
            throw failure;
        });
        assertSame(failure, assertThrows(BotException.class, background::await));
    }
}
