package org.lodestone.io.run;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.lodestone.core.ario.StepListener;
import org.lodestone.core.ario.StepView;
import org.lodestone.core.mrio.IoTable;

/**
 * A listener that streams each step's trajectories to CSV files as the run goes, so memory does
 * not grow with the horizon. Files are written under an {@link OutputFolder}.
 *
 * <p>Writing numbers as text costs a good part of a step of a small or medium table (about 2.5 ms
 * of CPU per step at 4,900 industries with {@link ShortestDecimal}, 7–10 ms with JDK 17's {@code
 * Double.toString}, against a step of 20–40 ms), so the engine's thread only copies
 * the step's values ({@link StepValues}, 9 vectors) into one of {@value #IN_FLIGHT} buffers and
 * returns; one writer thread formats the steps, in order, while the run goes on. The files are
 * byte for byte those a writer on the engine's thread would write. A failure to write is reported
 * by the next step or by {@link #close}, which waits until every step is written.
 */
public final class TrajectoryWriter implements StepListener, AutoCloseable {

    /**
     * The key of the wide files' numbered columns (ARIO_CSV only): {@code kind,column,region,sector,category},
     * one row per industry ({@code industry}: every wide file but final_demand_unmet.csv) and per
     * final-demand column ({@code final-demand}: final_demand_unmet.csv).
     */
    public static final String KEY_FILE = "column_key.csv";

    /** The name of the writer thread (profilers and {@code LoopProbe} find it by name). */
    public static final String THREAD_NAME = "lodestone-trajectories";

    /** Steps copied and not yet written: the engine waits only when the writer is this far behind. */
    static final int IN_FLIGHT = 3;

    private static final StepValues END = new StepValues(0, 0);

    private final TrajectoryFiles files;
    private final BlockingQueue<StepValues> free = new ArrayBlockingQueue<>(IN_FLIGHT);
    /** Steps to write, in order; a step of {@link #END} tells the writer to stop. */
    private final BlockingQueue<StepValues> full = new ArrayBlockingQueue<>(IN_FLIGHT + 1);

    private final Thread writer;
    private volatile IOException failure;
    private boolean closed;

    /** Opens the files of {@code format} in {@code folder}, writes their headers and starts the writer thread. */
    public TrajectoryWriter(OutputFolder folder, TrajectoryFormat format, IoTable table) throws IOException {
        this.files = new TrajectoryFiles(folder, format, table);
        for (int n = 0; n < IN_FLIGHT; n++) {
            free.add(new StepValues(table.size(), table.finalDemandColumns().size()));
        }
        this.writer = new Thread(this::writeSteps, THREAD_NAME);
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    public void onStep(StepView step) {
        if (failure != null) {
            throw new UncheckedIOException("cannot write trajectories", failure);
        }
        try {
            StepValues values = free.take();
            values.copy(step);
            full.put(values);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(
                    "interrupted while handing step " + step.step() + " to the trajectory writer",
                    new InterruptedIOException());
        }
    }

    /** The writer thread: writes the steps in order; after a failure it only returns the buffers. */
    private void writeSteps() {
        try {
            for (StepValues values = full.take(); values != END; values = full.take()) {
                if (failure == null) {
                    write(values);
                }
                free.put(values);
            }
        } catch (InterruptedException e) {
            failure = new InterruptedIOException("the trajectory writer was interrupted");
        }
    }

    private void write(StepValues values) {
        try {
            files.write(values);
        } catch (IOException e) {
            failure = e;
        }
    }

    /** Waits until every step handed over is written, then flushes and closes the files. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            full.put(END);
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            writer.interrupt();
            throw new InterruptedIOException("interrupted while the trajectories were being written");
        } finally {
            files.close();
        }
        if (failure != null) {
            throw failure;
        }
    }
}
