package org.lodestone.app.cli;

/** Entry point of the {@code lodestone} command. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        System.exit(LodestoneCommand.commandLine().execute(args));
    }
}
