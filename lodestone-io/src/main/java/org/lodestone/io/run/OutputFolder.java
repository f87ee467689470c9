package org.lodestone.io.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * An output folder written safely: files go to a hidden temporary sibling, which replaces the
 * target only when {@link #commit()} is called, so a failed or interrupted run never leaves a
 * half-written folder and never destroys the previous results. Closing without committing deletes
 * the temporary folder.
 */
public final class OutputFolder implements AutoCloseable {

    private final Path target;
    private final Path temporary;
    private boolean committed;

    private OutputFolder(Path target, Path temporary) {
        this.target = target;
        this.temporary = temporary;
    }

    /** Opens a temporary folder next to {@code target} (creating target's parent if needed). */
    public static OutputFolder open(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".tmp-");
        return new OutputFolder(absolute, temporary);
    }

    /** Where to write a file now; it appears under the target after {@link #commit()}. */
    public Path resolve(String fileName) {
        return temporary.resolve(fileName);
    }

    /** The folder the results will be in. */
    public Path target() {
        return target;
    }

    /** Moves the complete results into place, replacing what was there. */
    public void commit() throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
            Files.delete(old);
            move(target, old);
        }
        move(temporary, target);
        committed = true;
        if (old != null) {
            deleteTree(old);
        }
    }

    @Override
    public void close() {
        if (!committed) {
            try {
                deleteTree(temporary);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove the temporary output " + temporary, e);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes a folder and everything in it; nothing happens if it does not exist. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
