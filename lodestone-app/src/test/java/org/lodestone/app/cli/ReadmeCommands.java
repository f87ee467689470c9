package org.lodestone.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code ./lodestone ...} lines of the repository's README.md, read at test time so that a
 * changed README changes what the tour test runs: every line of every {@code ```sh} block that
 * starts with {@code ./lodestone}, continuation lines joined, comments dropped, split into words as
 * a shell would (double quotes group).
 */
final class ReadmeCommands {

    /** The repository's root: the parent of the module the tests run in. */
    static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    private ReadmeCommands() {}

    /** Each command as its words, {@code ./lodestone} first, in README order. */
    static List<List<String>> read() throws IOException {
        List<List<String>> commands = new ArrayList<>();
        boolean shell = false;
        StringBuilder pending = new StringBuilder();
        for (String line : Files.readAllLines(ROOT.resolve("README.md"))) {
            if (line.startsWith("```")) {
                shell = line.equals("```sh");
                continue;
            }
            if (!shell) {
                continue;
            }
            String code = withoutComment(line).strip();
            if (code.endsWith("\\")) {
                pending.append(code, 0, code.length() - 1).append(' ');
                continue;
            }
            String command = pending.append(code).toString().strip();
            pending.setLength(0);
            if (command.startsWith("./lodestone")) {
                commands.add(words(command));
            }
        }
        return commands;
    }

    /** The line up to a {@code #} that starts a shell comment (after a blank, outside quotes). */
    private static String withoutComment(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '#' && !quoted && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    private static List<String> words(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        for (char c : command.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (!word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }
}
