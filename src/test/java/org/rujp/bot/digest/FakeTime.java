package org.rujp.bot.digest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Virtual time that tests also move by hand, recording every sleep. */
class FakeTime extends VirtualTime {
    final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    FakeTime(Instant start) {
        super(start);
    }

    @Override
    public void sleep(Duration duration) {
        sleeps.add(duration);
        super.sleep(duration);
    }
}
