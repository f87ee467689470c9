package org.lodestone.app.stresstest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.lodestone.app.report.Html;
import org.lodestone.app.table.TextTable;
import org.lodestone.core.shortfall.Role;

/**
 * The final measures (AI compute and every end use) in the terminal and the report: per scenario,
 * the coalition's and each member's rows that fell short, with units not delivered in the
 * measure's unit and the value added lost in US dollars of the price year; then the value at risk
 * per region over all measures.
 */
public final class MeasureTable {

    private static final List<String> HEADERS = List.of(
            "scenario",
            "region",
            "final measure",
            "delivered %",
            "first shortfall day",
            "units not delivered",
            "value added lost",
            "gross output lost");

    private MeasureTable() {}

    /** The terminal section: a heading, the rows that fell short and the totals, or a line saying none did. */
    public static String render(StressTestResult result) {
        TextTable table = new TextTable(HEADERS, false, false, false, true, true, true, true, true);
        List<String> totals = new ArrayList<>();
        int rows = 0;
        for (ScenarioResult s : result.scenarios()) {
            String name = s.entry().name();
            for (List<String> cells : rows(s)) {
                List<String> row = new ArrayList<>();
                row.add(name);
                row.addAll(cells);
                table.add(row);
                name = "";
                rows++;
            }
            String total = totals(s);
            if (!total.isEmpty()) {
                totals.add(s.entry().name() + ": " + total);
            }
        }
        StringBuilder text = new StringBuilder(
                "\nFinal measures that fell short (AI compute and end uses; coalition and members):\n");
        if (rows == 0) {
            return text.append("none fell below 99.9% of its baseline on any day.\n")
                    .toString();
        }
        text.append(table.render()).append("Value added lost, all final measures:\n");
        totals.forEach(t -> text.append("  ").append(t).append('\n'));
        return text.append("units not delivered: sum over days of (baseline - output), in the measure's unit;\n")
                .append("value added lost: those units x value per unit x value-added share (values.csv);\n")
                .append("gross output lost: those units x value per unit, beside value added, never added to it.\n")
                .toString();
    }

    /** The report's table for one scenario (every row, short or not). */
    static String html(ScenarioResult s) {
        StringBuilder html = new StringBuilder("<h3>Final measures: AI compute and end uses</h3>\n");
        if (s.measures().isEmpty()) {
            return html.append("<p>The dataset has no final measure made by a member.</p>\n")
                    .toString();
        }
        html.append("<table class=\"metrics\">\n<thead>")
                .append(Html.row("th", HEADERS.subList(1, HEADERS.size())))
                .append("</thead>\n<tbody>\n");
        for (MeasureOutcome m : s.measures()) {
            html.append(Html.row("td", cells(m)));
        }
        html.append("</tbody>\n</table>\n");
        String total = totals(s);
        return html.append("<p class=\"note\">Value added lost over all final measures: ")
                .append(Html.escape(total.isEmpty() ? "none valued" : total))
                .append(". Units not delivered: the sum over the days run of baseline minus output, in the")
                .append(
                        " measure's unit; value added: those units × value per unit × value-added share (values.csv); gross output:")
                .append(" those units × value per unit, shown beside value added, never added to it.</p>\n")
                .toString();
    }

    private static List<List<String>> rows(ScenarioResult s) {
        List<List<String>> rows = new ArrayList<>();
        for (MeasureOutcome m : s.measures()) {
            if (m.fellShort()) {
                rows.add(cells(m));
            }
        }
        return rows;
    }

    private static List<String> cells(MeasureOutcome m) {
        return List.of(
                m.role() == Role.COALITION ? m.region() : "  " + m.region(),
                m.measure().id().value(),
                MetricText.delivered(Optional.of(m.metrics())),
                MetricText.firstShortfall(Optional.of(m.metrics())),
                quantity(m.unitsLost()) + " " + m.measure().unit(),
                m.valueAtRisk().map(MeasureTable::usd).orElse("not valued"),
                m.valueAtRisk().map(MeasureTable::grossUsd).orElse("not valued"));
    }

    private static String totals(ScenarioResult s) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, MeasureOutcome.ValueAtRisk> t :
                FinalMeasures.totals(s.measures()).entrySet()) {
            if (t.getValue().valueAddedUsd() > 0) {
                parts.add(t.getKey() + " " + usd(t.getValue()) + " (gross output "
                        + scaled(t.getValue().grossUsd()) + ")");
            }
        }
        return String.join("; ", parts);
    }

    /** US dollars with a scale word and the price year, e.g. {@code USD 1.23 bn (2024)}. */
    static String usd(MeasureOutcome.ValueAtRisk v) {
        return "USD " + scaled(v.valueAddedUsd()) + " (" + v.priceYear() + ")";
    }

    /** Gross output lost: {@code USD 4.56 bn (2024)}. */
    static String grossUsd(MeasureOutcome.ValueAtRisk v) {
        return "USD " + scaled(v.grossUsd()) + " (" + v.priceYear() + ")";
    }

    /** {@code 2.18 bn}, {@code 3.40 m} or {@code 12,345}: US dollars scaled for reading. */
    static String scaled(double usd) {
        if (usd >= 1e9) {
            return String.format(Locale.ROOT, "%.2f bn", usd / 1e9);
        }
        if (usd >= 1e6) {
            return String.format(Locale.ROOT, "%.2f m", usd / 1e6);
        }
        return String.format(Locale.ROOT, "%,.0f", usd);
    }

    /** Three significant digits at most, thousands separated. */
    static String quantity(double units) {
        if (units >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", units);
        }
        return String.format(Locale.ROOT, "%.3g", units);
    }
}
