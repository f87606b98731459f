package com.estate.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on a directory, held until closed (or the process dies). Kafka locks its log directory only
 * after its controller has already written to it, so two brokers on one directory corrupt each other's quorum
 * state before either notices; this lock is taken before anything is touched.
 */
final class DirectoryLock implements AutoCloseable {

    private final FileChannel channel;

    private DirectoryLock(FileChannel channel) {
        this.channel = channel;
    }

    static DirectoryLock acquire(Path dir, String fileName, String what) {
        try {
            Files.createDirectories(dir);
            FileChannel channel = FileChannel.open(dir.resolve(fileName), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new StartupException(dir + " is in use by another " + what);
            }
            return new DirectoryLock(channel);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + dir, e);
        }
    }

    /** Closing the channel releases the lock. */
    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // the lock dies with the channel or the process anyway
        }
    }
}
