package org.lodestone.io.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {

    @TempDir
    Path dir;

    private long entries() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }

    @Test
    void nothingAppearsUntilCommitThenTheFolderIsReplacedWhole() throws IOException {
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("old.txt"), "previous run");

        try (OutputFolder folder = OutputFolder.open(out)) {
            Files.writeString(folder.resolve("new.txt"), "this run");
            assertThat(out.resolve("new.txt")).doesNotExist();
            assertThat(out.resolve("old.txt")).hasContent("previous run");
            folder.commit();
        }

        assertThat(out.resolve("new.txt")).hasContent("this run");
        assertThat(out.resolve("old.txt")).doesNotExist();
        assertThat(entries()).isEqualTo(1);
    }

    @Test
    void aRunThatFailsLeavesThePreviousResultsAndNoTemporaryFolder() throws IOException {
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("old.txt"), "previous run");

        try (OutputFolder folder = OutputFolder.open(out)) {
            Files.writeString(folder.resolve("partial.txt"), "half");
        }

        assertThat(out.resolve("old.txt")).hasContent("previous run");
        assertThat(out.resolve("partial.txt")).doesNotExist();
        assertThat(entries()).isEqualTo(1);
    }

    @Test
    void createsMissingParentFolders() throws IOException {
        Path out = dir.resolve("a/b/out");
        try (OutputFolder folder = OutputFolder.open(out)) {
            Files.writeString(folder.resolve("x.txt"), "x");
            folder.commit();
        }
        assertThat(out.resolve("x.txt")).exists();
    }
}
