package org.rujp.bot.digest;

import java.time.Clock;
import org.rujp.bot.config.DigestSettings;
import org.rujp.bot.store.Delivery;
import org.rujp.bot.store.DeliveryLedger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens to a digest left in flight by a sender that is no longer sending it: the Bot API has no
 * idempotency key, so whether Telegram accepted its message cannot be known. It is recorded as uncertain in
 * the ledger, logged at WARN with the chat's pseudonym and counted; then, by {@code digest.uncertain}, either
 * left so (never sent twice) or planned again to be sent once more (at least once).
 */
final class UncertainDeliveries {
    private static final Logger log = LoggerFactory.getLogger(UncertainDeliveries.class);

    private final DeliveryLedger ledger;
    private final DigestSettings.Uncertain policy;
    private final DigestEvents events;
    private final Clock clock;

    UncertainDeliveries(DeliveryLedger ledger, DigestSettings.Uncertain policy, DigestEvents events, Clock clock) {
        this.ledger = ledger;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records {@code d}, found in flight, as uncertain ({@code why}: how its sending ended); true when it is
     * planned again to be resent, false when it stays uncertain (or another process changed it first).
     */
    boolean found(Delivery d, String why) {
        String note = "uncertain: " + why + " (marked in flight by " + d.sendingBy().orElse("an unknown sender")
                + d.attemptedAt().map(t -> " at " + t).orElse("") + ")";
        if (!ledger.markUncertain(d.id(), clock.instant(), note)) {
            return false;
        }
        boolean resend = policy == DigestSettings.Uncertain.RESEND && ledger.planAgain(d.id(), false);
        log.warn("Digest {} for chat pseudonym {} is uncertain: {}; Telegram may or may not have delivered it. {}",
                d.digestKey(), ledger.chatPseudonym(d.chatId()), note.substring("uncertain: ".length()),
                resend ? "Sending it again (digest.uncertain: resend)."
                        : "Not sending it again; 'rujp-bot digest resend-uncertain --digest " + d.digestKey() + "' would.");
        events.uncertain(resend ? "resent" : "skipped");
        return resend;
    }
}
