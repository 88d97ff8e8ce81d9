package org.rujp.bot.store;

import java.nio.file.Path;

/** The SubscriptionStore contract on a real SQLite file. */
class SqliteSubscriptionStoreTest extends SubscriptionStoreContract {
    @Override
    Database open(Path file) {
        return Database.open(file);
    }
}
