package org.rujp.bot;

/**
 * How far a long step has got (the first index build, an evaluation, a benchmark): started with its size, advanced
 * as it goes, closed at its end. The command line shows it as a bar on standard error when that is a terminal;
 * everywhere else it is {@link #SILENT}.
 */
@FunctionalInterface
public interface Progress {
    /** Nothing shown. */
    Progress SILENT = (name, total) -> new Task() {
        @Override
        public void step(long done) {
        }

        @Override
        public void close() {
        }
    };

    /** Starts a step of {@code total} units, named for the user ("Building the index"). */
    Task start(String name, long total);

    /** One running step. */
    interface Task extends AutoCloseable {
        /** {@code done} more units are done. */
        void step(long done);

        default void step() {
            step(1);
        }

        /** The step is over (whether it finished or failed). */
        @Override
        void close();
    }
}
