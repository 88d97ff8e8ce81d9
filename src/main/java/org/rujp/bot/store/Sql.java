package org.rujp.bot.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Runs JDBC work on the shared connection, serialised on the {@link Database} and wrapped in a transaction. */
final class Sql {
    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private Sql() {
    }

    /** Runs the work in one transaction; failures become a {@link StoreException} naming the file and what was done. */
    static <T> T transaction(Database db, String what, Work<T> work) {
        synchronized (db) {
            Connection c = db.connection();
            try {
                boolean auto = c.getAutoCommit();
                c.setAutoCommit(false);
                try {
                    T result = work.run(c);
                    c.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(auto);
                }
            } catch (SQLException e) {
                throw new StoreException(db.file() + ": " + what + " failed: " + Database.describe(e), e);
            }
        }
    }

    /** Runs read-only work (no transaction needed for a single statement). */
    static <T> T read(Database db, String what, Work<T> work) {
        synchronized (db) {
            try {
                return work.run(db.connection());
            } catch (SQLException e) {
                throw new StoreException(db.file() + ": " + what + " failed: " + Database.describe(e), e);
            }
        }
    }
}
