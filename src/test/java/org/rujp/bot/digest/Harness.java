package org.rujp.bot.digest;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.rujp.bot.config.DigestSettings;
import org.rujp.bot.knowledge.KnowledgeBase;
import org.rujp.bot.knowledge.KnowledgeLoader;
import org.rujp.bot.store.Database;
import org.rujp.bot.store.DeliveryLedger;
import org.rujp.bot.store.JdbcDeliveryLedger;
import org.rujp.bot.store.JdbcDigestProgress;
import org.rujp.bot.store.JdbcSubscriptionStore;
import org.rujp.bot.store.SubscriptionStore;

/** The digest service wired over a real SQLite file, a fake clock and a recording sender, as the bot wires it. */
final class Harness implements AutoCloseable {
    static final KnowledgeBase KNOWLEDGE = KnowledgeLoader.load(Path.of("knowledge"));
    static final DigestDelivery.Options ONE_WORKER = new DigestDelivery.Options(1, Duration.ofSeconds(30), 3);

    final Database db;
    final FakeTime time;
    final RecordingSender sender;
    final SubscriptionStore subscriptions;
    final DeliveryLedger ledger;
    final DigestService service;
    /** What the service told of uncertain digests ("skipped", "resent"), in order. */
    final List<String> uncertainEvents = new CopyOnWriteArrayList<>();

    Harness(Path file, FakeTime time, RecordingSender sender) {
        this(file, time, sender, DigestSettings.defaults(), () -> KNOWLEDGE, null);
    }

    /** With a ledger wrapped by {@code ledgerWrapper} (crash simulation), when not null. */
    Harness(Path file, FakeTime time, RecordingSender sender, DigestSettings settings, Supplier<KnowledgeBase> knowledge,
            java.util.function.UnaryOperator<DeliveryLedger> ledgerWrapper) {
        this(file, time, sender, settings, knowledge, ledgerWrapper, "test pid 1");
    }

    /** As a sending process named {@code name} (another replica of the same store has another name). */
    Harness(Path file, FakeTime time, RecordingSender sender, DigestSettings settings, Supplier<KnowledgeBase> knowledge,
            java.util.function.UnaryOperator<DeliveryLedger> ledgerWrapper, String name) {
        this.db = Database.open(file);
        this.time = time;
        this.sender = sender;
        this.subscriptions = new JdbcSubscriptionStore(db);
        DeliveryLedger real = new JdbcDeliveryLedger(db);
        this.ledger = ledgerWrapper == null ? real : ledgerWrapper.apply(real);
        TokenBucketPacer pacer = new TokenBucketPacer(time, time, settings.messagesPerSecond());
        DigestDelivery delivery = new DigestDelivery(sender, ledger, subscriptions, pacer, time, time, ONE_WORKER, name);
        this.service = new DigestService(knowledge, subscriptions, ledger, new JdbcDigestProgress(db), settings, delivery, time,
                uncertainEvents::add);
    }

    /** Calls runDue every {@code step} from the current time until {@code end} (exclusive). */
    void tickUntil(Instant end, Duration step) {
        for (Instant t = time.instant(); t.isBefore(end); t = t.plus(step)) {
            time.set(t);
            service.runDue(time.instant());
        }
        time.set(end);
    }

    @Override
    public void close() {
        db.close();
    }
}
