package org.lodestone.io.run;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.lodestone.core.ario.ReadOnlyIntVector;
import org.lodestone.core.ario.ReadOnlyVector;
import org.lodestone.core.ario.StepListener;
import org.lodestone.core.ario.StepView;
import org.lodestone.core.mrio.FinalDemandColumn;
import org.lodestone.core.mrio.Industry;
import org.lodestone.core.mrio.IoTable;

/**
 * A listener that streams each step's trajectories to CSV files as the run goes, so memory does
 * not grow with the horizon. Files are written under an {@link OutputFolder}.
 */
public final class TrajectoryWriter implements StepListener, AutoCloseable {

    private static final int BUFFER = 1 << 20;

    /**
     * The key of the wide files' numbered columns (ARIO_CSV only): {@code kind,column,region,sector,category},
     * one row per industry ({@code industry}: every wide file but final_demand_unmet.csv) and per
     * final-demand column ({@code final-demand}: final_demand_unmet.csv).
     */
    public static final String KEY_FILE = "column_key.csv";

    /** The wide files of the reference layout and the value each holds. */
    private static final Map<String, Function<StepView, ReadOnlyVector>> WIDE = wide();

    private final TrajectoryFormat format;
    private final IoTable table;
    private final List<Writer> open = new ArrayList<>();
    private final Map<String, Writer> wideFiles = new LinkedHashMap<>();
    private Writer longFile;
    private Writer unmetFile;
    private Writer limitingFile;

    /** Opens the files of {@code format} in {@code folder} and writes their headers. */
    public TrajectoryWriter(OutputFolder folder, TrajectoryFormat format, IoTable table) throws IOException {
        this.format = format;
        this.table = table;
        if (format == TrajectoryFormat.ARIO_CSV) {
            for (String name : WIDE.keySet()) {
                wideFiles.put(
                        name,
                        header(
                                folder.resolve(name),
                                name.startsWith("final_demand_unmet")
                                        ? table.finalDemandColumns().size()
                                        : table.size()));
            }
            limitingFile = header(folder.resolve("limiting_inputs_count.csv"), table.size());
            writeKey(folder.resolve(KEY_FILE));
        } else {
            longFile = create(folder.resolve("trajectories.csv"));
            longFile.write("step,region,sector,production,capacity,overproduction,intermediate_demand,final_demand,"
                    + "rebuild_demand,input_stocks,limiting_inputs\n");
            unmetFile = create(folder.resolve("final_demand_unmet.csv"));
            unmetFile.write("step,region,category,unmet\n");
        }
    }

    private static Map<String, Function<StepView, ReadOnlyVector>> wide() {
        Map<String, Function<StepView, ReadOnlyVector>> files = new LinkedHashMap<>();
        files.put("production_realised.csv", StepView::production);
        files.put("production_capacity.csv", StepView::capacity);
        files.put("overproduction.csv", StepView::overproduction);
        files.put("intermediate_demand.csv", StepView::intermediateDemand);
        files.put("final_demand_unmet.csv", StepView::finalDemandUnmet);
        files.put("inputs_stocks_total.csv", StepView::inputStocksTotal);
        return files;
    }

    @Override
    public void onStep(StepView step) {
        try {
            if (format == TrajectoryFormat.ARIO_CSV) {
                writeWide(step);
            } else {
                writeLong(step);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write trajectories", e);
        }
    }

    private void writeWide(StepView step) throws IOException {
        for (Map.Entry<String, Function<StepView, ReadOnlyVector>> e : WIDE.entrySet()) {
            Writer w = wideFiles.get(e.getKey());
            w.write(Integer.toString(step.step()));
            ReadOnlyVector values = e.getValue().apply(step);
            for (int i = 0; i < values.size(); i++) {
                w.write(',');
                w.write(NumberText.seventeen(values.get(i)));
            }
            w.write('\n');
        }
        limitingFile.write(Integer.toString(step.step()));
        ReadOnlyIntVector limiting = step.limitingInputs();
        for (int i = 0; i < limiting.size(); i++) {
            limitingFile.write(',');
            limitingFile.write(Integer.toString(limiting.get(i)));
        }
        limitingFile.write('\n');
    }

    private void writeLong(StepView v) throws IOException {
        StringBuilder line = new StringBuilder(160);
        for (int i = 0; i < v.industries(); i++) {
            Industry industry = table.industries().get(i);
            line.setLength(0);
            line.append(v.step())
                    .append(',')
                    .append(industry.region())
                    .append(',')
                    .append(industry.sector());
            append(line, v.production().get(i));
            append(line, v.capacity().get(i));
            append(line, v.overproduction().get(i));
            append(line, v.intermediateDemand().get(i));
            append(line, v.finalDemand().get(i));
            append(line, v.rebuildDemand().get(i));
            append(line, v.inputStocksTotal().get(i));
            line.append(',').append(v.limitingInputs().get(i)).append('\n');
            longFile.append(line);
        }
        List<FinalDemandColumn> columns = table.finalDemandColumns();
        for (int c = 0; c < columns.size(); c++) {
            unmetFile
                    .append(Integer.toString(v.step()))
                    .append(',')
                    .append(columns.get(c).region())
                    .append(',')
                    .append(columns.get(c).category())
                    .append(',')
                    .append(NumberText.shortest(v.finalDemandUnmet().get(c)))
                    .append('\n');
        }
    }

    private static void append(StringBuilder line, double value) {
        line.append(',').append(NumberText.shortest(value));
    }

    private void writeKey(Path file) throws IOException {
        Writer w = create(file);
        w.write("kind,column,region,sector,category\n");
        List<Industry> industries = table.industries();
        for (int i = 0; i < industries.size(); i++) {
            w.write("industry," + i + "," + field(industries.get(i).region()) + ","
                    + field(industries.get(i).sector()) + ",\n");
        }
        List<FinalDemandColumn> columns = table.finalDemandColumns();
        for (int c = 0; c < columns.size(); c++) {
            w.write("final-demand," + c + "," + field(columns.get(c).region()) + ",,"
                    + field(columns.get(c).category()) + "\n");
        }
    }

    /** A CSV field: quoted when it holds a comma or a quote (region and sector names are free text in an MRIO folder). */
    private static String field(String value) {
        return value.contains(",") || value.contains("\"") ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private Writer header(Path file, int columns) throws IOException {
        Writer w = create(file);
        StringBuilder header = new StringBuilder("step");
        for (int c = 0; c < columns; c++) {
            header.append(',').append(c);
        }
        w.write(header.append('\n').toString());
        return w;
    }

    private Writer create(Path file) throws IOException {
        Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), BUFFER);
        open.add(w);
        return w;
    }

    /** Flushes and closes every file. */
    @Override
    public void close() throws IOException {
        IOException first = null;
        for (Writer w : open) {
            try {
                w.close();
            } catch (IOException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
