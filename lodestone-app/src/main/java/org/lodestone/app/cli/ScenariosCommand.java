package org.lodestone.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.lodestone.app.table.Csv;
import org.lodestone.io.scenario.ScenarioLibrary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lodestone scenarios}: the bundled scenario library, one line per scenario. */
@Command(
        name = "scenarios",
        header = "Lists the bundled scenarios, one line each.",
        mixinStandardHelpOptions = true,
        description = {
            "Lists the bundled scenario library: one line per scenario, its reference (builtin:NAME, usable",
            "wherever a scenario file is accepted, e.g. lodestone simulate builtin:NAME --out DIR) and its title.",
            "docs/scenario-library.md describes each scenario, its sources and assumptions."
        })
final class ScenariosCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format {
        TABLE,
        CSV,
        JSON
    }

    @Option(
            names = "--format",
            paramLabel = "F",
            defaultValue = "table",
            description = "table (builtin:NAME  title), csv or json (default: ${DEFAULT-VALUE}).")
    private Format format;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<ScenarioLibrary.Entry> entries = ScenarioLibrary.entries();
        PrintWriter out = spec.commandLine().getOut();
        out.print(
                switch (format) {
                    case TABLE -> table(entries);
                    case CSV -> csv(entries);
                    case JSON -> json(entries);
                });
        out.flush();
        return ExitCodes.OK;
    }

    static String table(List<ScenarioLibrary.Entry> entries) {
        int width = entries.stream().mapToInt(e -> reference(e).length()).max().orElse(0);
        StringBuilder text = new StringBuilder();
        for (ScenarioLibrary.Entry e : entries) {
            text.append(reference(e))
                    .append(" ".repeat(width - reference(e).length() + 2))
                    .append(e.title())
                    .append('\n');
        }
        return text.toString();
    }

    static String csv(List<ScenarioLibrary.Entry> entries) {
        StringBuilder text = new StringBuilder(Csv.line(List.of("name", "reference", "title")));
        entries.forEach(e -> text.append(Csv.line(List.of(e.name(), reference(e), e.title()))));
        return text.toString();
    }

    static String json(List<ScenarioLibrary.Entry> entries) {
        List<Map<String, String>> rows = entries.stream()
                .map(e -> {
                    Map<String, String> row = new LinkedHashMap<>();
                    row.put("name", e.name());
                    row.put("reference", reference(e));
                    row.put("title", e.title());
                    return row;
                })
                .toList();
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String reference(ScenarioLibrary.Entry e) {
        return ScenarioLibrary.PREFIX + e.name();
    }
}
