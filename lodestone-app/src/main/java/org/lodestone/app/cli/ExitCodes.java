package org.lodestone.app.cli;

/** Process exit codes of every command. */
public final class ExitCodes {

    /** The command did what was asked. */
    public static final int OK = 0;
    /** Lodestone itself failed; the message says what to report. */
    public static final int INTERNAL_ERROR = 1;
    /** The input (options, dataset, scenario) is wrong; the messages say where. */
    public static final int BAD_INPUT = 2;

    private ExitCodes() {}
}
