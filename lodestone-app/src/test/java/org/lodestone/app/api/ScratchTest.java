package org.lodestone.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17, finding 5: scratch folders of a crashed server stayed forever. */
class ScratchTest {

    @TempDir
    Path tmp;

    @Test
    void foldersOfDeadServersAreDeletedAndOthersLeftAlone() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path dead = folder("lodestone-serve-dead", Long.toString(gone.pid()));
        Files.writeString(Files.createDirectories(dead.resolve("ds-1")).resolve("production.csv"), "x");
        Path alive = folder(
                "lodestone-serve-alive", Long.toString(ProcessHandle.current().pid()));
        Path unowned = Files.createDirectories(tmp.resolve("lodestone-serve-unowned"));
        Path other = folder("someone-else", Long.toString(gone.pid()));

        assertThat(Scratch.deleteAbandoned(tmp)).isEqualTo(1);

        assertThat(dead).doesNotExist();
        assertThat(alive).exists();
        assertThat(unowned).as("no owner recorded: not ours to delete").exists();
        assertThat(other).exists();
    }

    @Test
    void closingDeletesTheFolderAndPathsStayInside() throws IOException {
        Path root = Files.createDirectories(tmp.resolve("root"));
        Scratch scratch = new Scratch(root);
        Files.writeString(Files.createDirectories(scratch.resolve("a")).resolve("f"), "x");

        assertThatThrownBy(() -> scratch.resolve("../outside")).isInstanceOf(IllegalStateException.class);
        scratch.close();

        assertThat(root).doesNotExist();
    }

    private Path folder(String name, String pid) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name));
        Files.writeString(dir.resolve("server.pid"), pid);
        return dir;
    }
}
