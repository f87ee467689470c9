package org.lodestone.app.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's scratch folder, where uploads are checked and stored datasets written for the
 * analyses. Every path is resolved inside it and checked to stay there, a second line behind
 * {@link StoredIds}. The folder holds the server's process id; it is deleted when the server
 * stops, and a folder left by a server that died (its process is gone) is deleted by the next
 * one to start.
 */
final class Scratch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Scratch.class);
    private static final String PREFIX = "lodestone-serve";
    private static final String OWNER = "server.pid";

    private final Path root;
    private final AtomicLong counter = new AtomicLong();

    Scratch(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** A fresh folder in the system's temporary directory, after deleting those of dead servers. */
    static Scratch create() {
        try {
            Path dir = Files.createTempDirectory(PREFIX);
            Files.writeString(
                    dir.resolve(OWNER), Long.toString(ProcessHandle.current().pid()));
            deleteAbandoned(dir.getParent());
            return new Scratch(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a scratch folder for uploaded datasets", e);
        }
    }

    /** Deletes the scratch folders in {@code tmp} whose server process no longer runs; how many. */
    static int deleteAbandoned(Path tmp) {
        int deleted = 0;
        try (Stream<Path> dirs = Files.list(tmp)) {
            for (Path dir : dirs.filter(d -> d.getFileName().toString().startsWith(PREFIX))
                    .toList()) {
                if (abandoned(dir)) {
                    deleteTree(dir);
                    deleted++;
                }
            }
        } catch (IOException e) {
            LOG.warn("cannot list {} for abandoned scratch folders: {}", tmp, e.getMessage());
        }
        return deleted;
    }

    private static boolean abandoned(Path dir) {
        Path owner = dir.resolve(OWNER);
        try {
            long pid = Long.parseLong(
                    Files.readString(owner, StandardCharsets.UTF_8).strip());
            return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
        } catch (IOException | NumberFormatException e) {
            return false; // not ours, or being created: left alone
        }
    }

    /** Deletes a folder and everything in it; a failure is logged, never thrown (it is cleaning). */
    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            List<Path> deepestFirst = all.sorted(Comparator.reverseOrder()).toList();
            for (Path p : deepestFirst) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("cannot delete the scratch folder {}: {}", dir, e.getMessage());
        }
    }

    Path root() {
        return root;
    }

    /**
     * {@code name} inside the scratch folder.
     *
     * @throws IllegalStateException if it would lie outside (the ids reaching here are checked, so this is a bug)
     */
    Path resolve(String name) {
        Path path = root.resolve(name).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalStateException("refused a scratch path outside the scratch folder");
        }
        return path;
    }

    /** A new name that no request chose, for a temporary folder or file. */
    String unique(String prefix) {
        return prefix + "-" + counter.incrementAndGet() + "-" + System.nanoTime();
    }

    /** Deletes the folder and everything in it. */
    @Override
    public void close() {
        deleteTree(root);
    }
}
