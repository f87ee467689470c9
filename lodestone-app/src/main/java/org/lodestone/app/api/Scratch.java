package org.lodestone.app.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The server's scratch folder, where uploads are checked and stored datasets written for the
 * analyses. Every path is resolved inside it and checked to stay there, a second line behind
 * {@link StoredIds}.
 */
final class Scratch {

    private final Path root;
    private final AtomicLong counter = new AtomicLong();

    Scratch(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** A fresh temporary folder in the system's temporary directory, deleted on exit. */
    static Scratch create() {
        try {
            Path dir = Files.createTempDirectory("lodestone-serve");
            dir.toFile().deleteOnExit();
            return new Scratch(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a scratch folder for uploaded datasets", e);
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
}
