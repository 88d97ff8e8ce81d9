package org.rujp.bot.digest;

import java.time.Instant;

/**
 * What one digest run did.
 *
 * @param at the run's time
 * @param due digests newly due and planned in this run
 * @param resumed digests planned by an earlier run that stopped before sending them, resent now
 * @param sent digests sent
 * @param failed digests given up (their facts stay unread, so a later digest carries them)
 * @param unsubscribed chats that refused the bot and were unsubscribed
 * @param uncertain digests found in flight after their sender stopped, or cut off by a timeout while a message was
 *                  on its way: they may or may not have arrived (sent again only with {@code digest.uncertain: resend})
 */
public record RunReport(Instant at, int due, int resumed, int sent, int failed, int unsubscribed, int uncertain) {
    @Override
    public String toString() {
        return "due " + due + ", resumed " + resumed + ", sent " + sent + ", failed " + failed + ", unsubscribed " + unsubscribed
                + ", uncertain " + uncertain;
    }
}
