package org.lodestone.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The CPU time of this JVM's threads by kind, read from Linux's {@code /proc/self/task/TID/stat}
 * (user + system time, in clock ticks of 10 ms): the engine's calling thread, its fork-join
 * workers, the trajectory writer, the C1 and C2 compilers, the garbage collector and the rest.
 * Unlike {@link java.lang.management.ThreadMXBean} it sees the JVM's own threads (compilers, GC),
 * so a fresh JVM's JIT warm-up shows as compiler CPU. Threads that ended between two readings are
 * missed; elsewhere than Linux every reading is empty.
 */
final class ThreadCpu {

    /** The kinds, in print order. */
    static final String[] KINDS = {"main", "workers", "writer", "C2", "C1", "GC", "other"};

    private static final double SECONDS_PER_TICK = 0.01;

    private ThreadCpu() {}

    /** CPU seconds of the live threads by kind (indexed as {@link #KINDS}), summed over each kind's threads. */
    static double[] read() {
        double[] seconds = new double[KINDS.length];
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path task : tasks) {
                String stat = stat(task);
                if (stat != null) {
                    // pid (name) state ppid ...: the name may hold spaces, the fields after ')' do not
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    double ticks = Double.parseDouble(fields[11]) + Double.parseDouble(fields[12]);
                    seconds[kind(name)] += ticks * SECONDS_PER_TICK;
                }
            }
        } catch (IOException e) {
            return new double[KINDS.length]; // no /proc (not Linux): nothing to read
        }
        return seconds;
    }

    /** {@code after - before}, kind by kind. */
    static double[] minus(double[] after, double[] before) {
        double[] d = new double[after.length];
        for (int k = 0; k < d.length; k++) {
            d[k] = after[k] - before[k];
        }
        return d;
    }

    /** One line: each kind's CPU seconds divided by {@code steps}, e.g. {@code main 0.0005 workers 0.0180 ...}. */
    static String perStep(double[] seconds, int steps) {
        StringBuilder line = new StringBuilder();
        for (int k = 0; k < KINDS.length; k++) {
            line.append(k == 0 ? "" : ", ").append(KINDS[k]).append(' ');
            line.append(String.format(Locale.ROOT, "%.4f", seconds[k] / steps));
        }
        return line.append(" CPU s/step").toString();
    }

    private static int kind(String name) {
        if (name.equals("java") || name.equals("main")) {
            return 0;
        } else if (name.startsWith("ForkJoinPool")) {
            return 1;
        } else if (name.startsWith("lodestone-traj")) {
            return 2;
        } else if (name.startsWith("C2 Compiler")) {
            return 3;
        } else if (name.startsWith("C1 Compiler")) {
            return 4;
        } else if (name.startsWith("GC Thread") || name.startsWith("G1 ")) {
            return 5;
        }
        return 6;
    }

    private static String stat(Path task) {
        try {
            return Files.readString(task.resolve("stat"));
        } catch (IOException e) {
            return null; // the thread ended
        }
    }
}
