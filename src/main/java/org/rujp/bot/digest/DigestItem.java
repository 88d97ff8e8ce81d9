package org.rujp.bot.digest;

import java.util.Objects;
import org.rujp.bot.knowledge.Fact;

/**
 * One fact in a digest and why it was chosen.
 *
 * @param fact the fact
 * @param reason new in the knowledge base, on this day in an earlier year, or the next on the timeline
 */
public record DigestItem(Fact fact, Reason reason) {
    public enum Reason { NEW, ON_THIS_DAY, TIMELINE }

    public DigestItem {
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(reason, "reason");
    }
}
