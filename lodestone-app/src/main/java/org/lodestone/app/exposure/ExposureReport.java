package org.lodestone.app.exposure;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.lodestone.app.table.Csv;
import org.lodestone.app.table.TextTable;
import org.lodestone.core.coalition.Group;
import org.lodestone.core.exposure.ExposureRow;
import org.lodestone.core.model.DatasetInfo;
import org.lodestone.core.model.RegionId;

/**
 * The exposure of a coalition on a date, rendered as a terminal table, CSV or JSON. Shares are
 * printed in percent.
 *
 * @param dataset   identity of the dataset analysed
 * @param coalition the coalition
 * @param date      the date membership was evaluated on
 * @param rows      one row per commodity
 */
public record ExposureReport(DatasetInfo dataset, Group coalition, LocalDate date, List<ExposureRow> rows)
        implements ViewReport {

    static final List<String> COLUMNS = List.of(
            "commodity",
            "name",
            "layer",
            "stage",
            "world_quantity",
            "unit",
            "hhi",
            "top_producer",
            "top_share_pct",
            "coalition_share_pct",
            "concern_share_pct",
            "flag");

    public ExposureReport {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(coalition, "coalition");
        Objects.requireNonNull(date, "date");
        rows = List.copyOf(rows);
    }

    /** The members of the coalition on the report's date. */
    public Set<RegionId> members() {
        return coalition.membersOn(date);
    }

    /** A heading and an aligned table for a terminal. */
    @Override
    public String table() {
        TextTable table = new TextTable(
                List.of(
                        "commodity",
                        "layer",
                        "world/yr",
                        "unit",
                        "HHI",
                        "top",
                        "top %",
                        coalition.id() + " %",
                        "concern %",
                        "flag"),
                false,
                false,
                true,
                false,
                true,
                false,
                true,
                true,
                true,
                false);
        for (ExposureRow row : rows) {
            table.add(List.of(
                    row.commodity().id().value(),
                    row.commodity().layer().key(),
                    quantity(row.worldQuantity()),
                    row.commodity().unit(),
                    String.format(Locale.ROOT, "%.0f", row.hhi()),
                    row.topProducer().map(RegionId::code).orElse("-"),
                    percent(row.topShare()),
                    percent(row.coalitionShare()),
                    percent(row.concernShare()),
                    flag(row)));
        }
        return String.format(
                        Locale.ROOT,
                        "Exposure of %s on %s (%s %s, reference year %d)%nMembers: %s%n%n",
                        coalition.id(),
                        date,
                        dataset.id(),
                        dataset.version(),
                        dataset.year(),
                        String.join(" ", members().stream().map(RegionId::code).toList()))
                + table.render()
                + "\nHHI: Herfindahl-Hirschman index of production, 0-10,000 (above 1,800: highly concentrated)."
                + "\nflag: one country outside the coalition holds more than half of world production.\n";
    }

    /** A CSV header and one line per commodity; shares in percent. */
    @Override
    public String csv() {
        StringBuilder out = new StringBuilder(Csv.line(COLUMNS));
        for (ExposureRow row : rows) {
            out.append(Csv.line(List.of(
                    row.commodity().id().value(),
                    row.commodity().name(),
                    row.commodity().layer().key(),
                    row.commodity().stage().key(),
                    number(row.worldQuantity()),
                    row.commodity().unit(),
                    number(row.hhi()),
                    row.topProducer().map(RegionId::code).orElse(""),
                    number(100 * row.topShare()),
                    number(100 * row.coalitionShare()),
                    Double.isNaN(row.concernShare()) ? "" : number(100 * row.concernShare()),
                    flag(row))));
        }
        return out.toString();
    }

    /** A JSON document: the context and one object per commodity, with the CSV's field names. */
    @Override
    public String json() {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("dataset", dataset.id())
                .put("dataset_version", dataset.version())
                .put("coalition", coalition.id())
                .put("date", date.toString());
        ArrayNode members = root.putArray("members");
        members().forEach(m -> members.add(m.code()));
        ArrayNode list = root.putArray("commodities");
        for (ExposureRow row : rows) {
            ObjectNode item = list.addObject();
            item.put("commodity", row.commodity().id().value())
                    .put("name", row.commodity().name())
                    .put("layer", row.commodity().layer().key())
                    .put("stage", row.commodity().stage().key())
                    .put("world_quantity", row.worldQuantity())
                    .put("unit", row.commodity().unit())
                    .put("hhi", row.hhi());
            row.topProducer()
                    .ifPresentOrElse(t -> item.put("top_producer", t.code()), () -> item.putNull("top_producer"));
            item.put("top_share_pct", 100 * row.topShare()).put("coalition_share_pct", 100 * row.coalitionShare());
            if (Double.isNaN(row.concernShare())) {
                item.putNull("concern_share_pct");
            } else {
                item.put("concern_share_pct", 100 * row.concernShare());
            }
            item.put("flag", flag(row));
        }
        return root.toPrettyString() + "\n";
    }

    private static String flag(ExposureRow row) {
        return row.dominantNonMember().map(r -> r.code() + ">50%").orElse("");
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "-" : String.format(Locale.ROOT, "%.1f", 100 * share);
    }

    private static String quantity(double value) {
        if (value >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, "%.3g", value);
    }

    /** Six significant digits, plain notation, no trailing zeros. */
    private static String number(double value) {
        return new BigDecimal(value)
                .round(new MathContext(6))
                .stripTrailingZeros()
                .toPlainString();
    }
}
