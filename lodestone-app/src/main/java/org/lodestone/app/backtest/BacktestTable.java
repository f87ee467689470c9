package org.lodestone.app.backtest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.lodestone.app.table.Csv;
import org.lodestone.app.table.TextTable;
import org.lodestone.core.backtest.Band;
import org.lodestone.core.backtest.MetricKind;
import org.lodestone.core.backtest.MetricScore;
import org.lodestone.core.backtest.ObservedMetric;

/**
 * The backtest as a terminal table, CSV and JSON: per episode and metric, the observed value, the
 * band, the simulated value, inside or outside, the error (simulated − observed, in the metric's
 * unit); then the score line.
 */
public final class BacktestTable {

    static final List<String> COLUMNS = List.of(
            "episode",
            "metric",
            "kind",
            "nodes",
            "from_day",
            "to_day",
            "unit",
            "observed",
            "band_min",
            "band_max",
            "band_basis",
            "simulated",
            "verdict",
            "error",
            "reason",
            "sources");

    private BacktestTable() {}

    /** The terminal table and the score line. */
    public static String text(List<EpisodeResult> episodes) {
        TextTable table = new TextTable(
                List.of("episode", "metric", "unit", "observed", "band", "simulated", "verdict", "error"),
                false,
                false,
                false,
                true,
                true,
                true,
                false,
                true);
        for (EpisodeResult e : episodes) {
            for (MetricScore s : e.scores()) {
                ObservedMetric m = s.metric();
                table.add(List.of(
                        e.episode().name(),
                        m.id(),
                        m.kind().unit(),
                        m.observed().isPresent() ? Band.number(m.observed().getAsDouble()) : "-",
                        m.band().text(),
                        s.simulated().isPresent()
                                ? shown(m.kind(), s.simulated().getAsDouble())
                                : "-",
                        s.verdict().text(),
                        signed(s.error())));
            }
        }
        return table.render() + "\n" + notes(episodes) + score(episodes) + "\n";
    }

    /** The score over {@code episodes}. */
    static String score(List<EpisodeResult> episodes) {
        return "Score: "
                + org.lodestone.core.backtest.BacktestScore.of(episodes.stream()
                                .flatMap(e -> e.scores().stream())
                                .toList())
                        .line();
    }

    private static String notes(List<EpisodeResult> episodes) {
        StringBuilder notes = new StringBuilder();
        for (EpisodeResult e : episodes) {
            e.notRun()
                    .ifPresent(reason -> notes.append(e.episode().name())
                            .append(": not run, ")
                            .append(reason)
                            .append('\n'));
            e.scores().stream()
                    .filter(s -> s.verdict() == MetricScore.Verdict.NOT_SCORED
                            && e.notRun().isEmpty())
                    .forEach(s -> notes.append(e.episode().name())
                            .append(' ')
                            .append(s.metric().id())
                            .append(": not scored, ")
                            .append(s.reason())
                            .append('\n'));
        }
        return notes.toString();
    }

    /** One CSV row per metric. */
    public static String csv(List<EpisodeResult> episodes) {
        StringBuilder csv = new StringBuilder(Csv.line(COLUMNS));
        for (EpisodeResult e : episodes) {
            for (MetricScore s : e.scores()) {
                csv.append(Csv.line(fields(e, s)));
            }
        }
        return csv.toString();
    }

    /** The rows grouped by episode, with each episode's score and the total. */
    public static String json(BacktestResult result) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("score", score(result.episodes()).substring("Score: ".length()))
                .put("inside", result.score().inside())
                .put("scored", result.score().scored())
                .put("not_scored", result.score().notScored());
        result.psi().ifPresent(psi -> root.put("calibration_psi", psi));
        ArrayNode episodes = root.putArray("episodes");
        for (EpisodeResult e : result.episodes()) {
            ObjectNode node = episodes.addObject();
            node.put("name", e.episode().name())
                    .put("title", e.episode().title())
                    .put("scenario_hash", e.episode().scenario().scenario().hash())
                    .put("steps", e.steps());
            e.notRun().ifPresentOrElse(r -> node.put("not_run", r), () -> node.putNull("not_run"));
            ArrayNode metrics = node.putArray("metrics");
            e.scores().forEach(s -> metric(metrics.addObject(), s));
        }
        return root.toPrettyString() + "\n";
    }

    /** One metric as JSON: numbers as numbers (infinite as the text {@code inf}), missing values as null. */
    private static void metric(ObjectNode row, MetricScore s) {
        ObservedMetric m = s.metric();
        row.put("metric", m.id())
                .put("kind", m.kind().key())
                .put("nodes", m.subject())
                .put("from_day", m.fromDay())
                .put("to_day", m.toDay())
                .put("unit", m.kind().unit());
        put(row, "observed", m.observed());
        put(row, "band_min", m.band().min());
        put(row, "band_max", m.band().max());
        row.put("band_basis", m.band().basis().key());
        put(row, "simulated", s.simulated());
        row.put("verdict", s.verdict().text());
        put(row, "error", s.error());
        if (s.reason().isEmpty()) {
            row.putNull("reason");
        } else {
            row.put("reason", s.reason());
        }
        m.sources().forEach(row.putArray("sources")::add);
    }

    private static void put(ObjectNode row, String key, OptionalDouble value) {
        if (value.isEmpty()) {
            row.putNull(key);
        } else if (Double.isInfinite(value.getAsDouble())) {
            row.put(key, Csv.number(value.getAsDouble()));
        } else {
            row.put(key, value.getAsDouble());
        }
    }

    private static List<String> fields(EpisodeResult e, MetricScore s) {
        ObservedMetric m = s.metric();
        List<String> f = new ArrayList<>();
        f.add(e.episode().name());
        f.add(m.id());
        f.add(m.kind().key());
        f.add(m.subject());
        f.add(String.valueOf(m.fromDay()));
        f.add(String.valueOf(m.toDay()));
        f.add(m.kind().unit());
        f.add(number(m.observed()));
        f.add(number(m.band().min()));
        f.add(number(m.band().max()));
        f.add(m.band().basis().key());
        f.add(number(s.simulated()));
        f.add(s.verdict().text());
        f.add(number(s.error()));
        f.add(s.reason());
        f.add(String.join(";", m.sources()));
        return f;
    }

    private static String number(OptionalDouble value) {
        return value.isPresent() ? Csv.number(value.getAsDouble()) : "";
    }

    /** A simulated value in words: {@code never} for a stock-out that did not come, {@code not recovered}. */
    static String shown(MetricKind kind, double value) {
        if (Double.isInfinite(value)) {
            return kind == MetricKind.DAYS_TO_RECOVER ? "not recovered" : "never";
        }
        return Band.number(value);
    }

    private static String signed(OptionalDouble error) {
        return error.isPresent() ? String.format(Locale.ROOT, "%+.1f", error.getAsDouble()) : "-";
    }
}
