package org.lodestone.io.run;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.lodestone.core.mrio.FinalDemandColumn;
import org.lodestone.core.mrio.Industry;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.io.csv.CsvField;

/**
 * The trajectory files of one run and how a step is written to them ({@link TrajectoryWriter}
 * hands it the steps). Files are written under an {@link OutputFolder}. The long layout's step is
 * built as bytes ({@link CsvBytes}: numbers through {@link ShortestDecimal}, each industry's
 * {@code ,region,sector} encoded once) and written with one call per file.
 */
final class TrajectoryFiles implements AutoCloseable {

    private static final int BUFFER = 1 << 20;

    /** The wide files of the reference layout and the value each holds. */
    private static final Map<String, Function<StepValues, double[]>> WIDE = wide();

    private final TrajectoryFormat format;
    private final IoTable table;
    private final List<Closeable> open = new ArrayList<>();
    private final Map<String, Writer> wideFiles = new LinkedHashMap<>();
    private Writer limitingFile;
    private OutputStream longFile;
    private OutputStream unmetFile;
    /** The long layout's {@code ,region,sector} of each industry and {@code ,region,category} of each final-demand column, UTF-8. */
    private byte[][] industryNames;

    private byte[][] columnNames;
    private final CsvBytes text = new CsvBytes();

    /** Opens the files of {@code format} in {@code folder} and writes their headers. */
    TrajectoryFiles(OutputFolder folder, TrajectoryFormat format, IoTable table) throws IOException {
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
            writeKey(folder.resolve(TrajectoryWriter.KEY_FILE));
        } else {
            longFile = createBytes(
                    folder.resolve("trajectories.csv"),
                    "step,region,sector,production,capacity,overproduction,intermediate_demand,final_demand,"
                            + "rebuild_demand,input_stocks,limiting_inputs\n");
            unmetFile = createBytes(folder.resolve("final_demand_unmet.csv"), "step,region,category,unmet\n");
            industryNames = table.industries().stream()
                    .map(industry -> utf8("," + CsvField.of(industry.region()) + "," + CsvField.of(industry.sector())))
                    .toArray(byte[][]::new);
            columnNames = table.finalDemandColumns().stream()
                    .map(column -> utf8("," + CsvField.of(column.region()) + "," + CsvField.of(column.category())))
                    .toArray(byte[][]::new);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private void writeKey(Path file) throws IOException {
        Writer w = create(file);
        w.write("kind,column,region,sector,category\n");
        List<Industry> industries = table.industries();
        for (int i = 0; i < industries.size(); i++) {
            w.write("industry," + i + "," + CsvField.of(industries.get(i).region()) + ","
                    + CsvField.of(industries.get(i).sector()) + ",\n");
        }
        List<FinalDemandColumn> columns = table.finalDemandColumns();
        for (int c = 0; c < columns.size(); c++) {
            w.write("final-demand," + c + "," + CsvField.of(columns.get(c).region()) + ",,"
                    + CsvField.of(columns.get(c).category()) + "\n");
        }
    }

    private static Map<String, Function<StepValues, double[]>> wide() {
        Map<String, Function<StepValues, double[]>> files = new LinkedHashMap<>();
        files.put("production_realised.csv", v -> v.production);
        files.put("production_capacity.csv", v -> v.capacity);
        files.put("overproduction.csv", v -> v.overproduction);
        files.put("intermediate_demand.csv", v -> v.intermediateDemand);
        files.put("final_demand_unmet.csv", v -> v.finalDemandUnmet);
        files.put("inputs_stocks_total.csv", v -> v.inputStocksTotal);
        return files;
    }

    /** Writes one step to the files. */
    void write(StepValues step) throws IOException {
        if (format == TrajectoryFormat.ARIO_CSV) {
            writeWide(step);
        } else {
            writeLong(step);
        }
    }

    private void writeWide(StepValues step) throws IOException {
        for (Map.Entry<String, Function<StepValues, double[]>> e : WIDE.entrySet()) {
            Writer w = wideFiles.get(e.getKey());
            w.write(Integer.toString(step.step));
            for (double value : e.getValue().apply(step)) {
                w.write(',');
                w.write(NumberText.seventeen(value));
            }
            w.write('\n');
        }
        limitingFile.write(Integer.toString(step.step));
        for (int limiting : step.limitingInputs) {
            limitingFile.write(',');
            limitingFile.write(Integer.toString(limiting));
        }
        limitingFile.write('\n');
    }

    private void writeLong(StepValues v) throws IOException {
        double[][] numbers = {
            v.production,
            v.capacity,
            v.overproduction,
            v.intermediateDemand,
            v.finalDemand,
            v.rebuildDemand,
            v.inputStocksTotal
        };
        for (int i = 0; i < v.production.length; i++) {
            line(v, numbers, i);
        }
        text.writeTo(longFile);
        writeUnmet(v);
    }

    /**
     * Industry i's line. A method of its own, called for each line, with one call site of the number
     * formatter: the JIT compiles it once, early, and the loop above (compiled later, on the stack)
     * calls it instead of compiling its own copy of the formatter.
     */
    private void line(StepValues v, double[][] numbers, int i) {
        text.append(v.step).append(industryNames[i]);
        for (double[] column : numbers) {
            text.append(',').shortest(column[i]);
        }
        text.append(',').append(v.limitingInputs[i]).append('\n');
    }

    private void writeUnmet(StepValues v) throws IOException {
        for (int c = 0; c < columnNames.length; c++) {
            text.append(v.step)
                    .append(columnNames[c])
                    .append(',')
                    .shortest(v.finalDemandUnmet[c])
                    .append('\n');
        }
        text.writeTo(unmetFile);
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

    /** A file written a step at a time from {@link CsvBytes} (no buffer of its own: each write is a step). */
    private OutputStream createBytes(Path file, String header) throws IOException {
        OutputStream out = Files.newOutputStream(file);
        open.add(out);
        out.write(utf8(header));
        return out;
    }

    /** Flushes and closes every file. */
    @Override
    public void close() throws IOException {
        IOException first = null;
        for (Closeable w : open) {
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
