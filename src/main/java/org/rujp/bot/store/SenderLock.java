package org.rujp.bot.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * Only one process at a time sends messages from a store: {@code serve} (the bot and its digest
 * schedule) or {@code digest run-now}. Both plan a digest in the delivery ledger, send it, then mark it
 * sent, so two of them could both send a digest that is planned and not yet marked.
 *
 * <p>The lock is the operating system's exclusive lock on {@code STORE.sender.lock} beside the database.
 * The system releases it when the process ends, however it ends, so a crash leaves no stale lock. The
 * file names the holder (what, process id, since when) for the message the next process gets.
 */
public final class SenderLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private SenderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of the store at {@code database} for {@code holder} ("serve", "digest run-now").
     *
     * @throws StoreException naming the process holding it, or why the lock file cannot be written
     */
    public static SenderLock acquire(Path database, String holder) {
        Path file = lockFile(database);
        FileChannel channel;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StoreException("cannot open the lock file " + file + ": " + e);
        }
        try {
            FileLock lock = tryLock(channel);
            if (lock == null) {
                String other = Files.readString(file, StandardCharsets.UTF_8).strip();
                channel.close();
                throw new StoreException(database + " is in use by another rujp-bot process that sends messages ("
                        + (other.isEmpty() ? "unknown" : other) + "); stop it first, or let it send the due digests itself");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((holder + ", process " + ProcessHandle.current().pid() + ", since " + Instant.now())
                    .getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new SenderLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException("cannot lock " + file + ": " + e);
        }
    }

    /**
     * {@code rujp-bot.db.sender.lock} beside {@code rujp-bot.db}, after following symbolic links, so that
     * the same database reached through a link (or a linked directory) is the same lock.
     */
    public static Path lockFile(Path database) {
        Path real = realPath(database);
        return real.resolveSibling(real.getFileName() + ".sender.lock");
    }

    /** The path with every link resolved, as far as it exists (the rest is appended as given). */
    private static Path realPath(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            return absolute;
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // this JVM holds it already
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // the channel closes below, which releases the lock too
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing left to release
        }
    }
}
