package org.rujp.bot.store;

import java.nio.file.Path;

/** The DeliveryLedger contract on a real SQLite file. */
class SqliteDeliveryLedgerTest extends DeliveryLedgerContract {
    @Override
    Database open(Path file) {
        return Database.open(file);
    }
}
