package org.rujp.bot.store;

import java.nio.file.Path;

/** The ConversationLog contract on a real SQLite file. */
class SqliteConversationLogTest extends ConversationLogContract {
    @Override
    Database open(Path file) {
        return Database.open(file);
    }
}
