package org.lodestone.app.exposure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.lodestone.app.table.Csv;
import org.lodestone.app.table.TextTable;
import org.lodestone.core.exposure.ExposureRow;

/**
 * {@code --view summary} with {@code --add}/{@code --remove}: the first-tier summary of the changed
 * coalition, then the change in coalition share and flags against the baseline, per commodity.
 *
 * @param whatIf   the summary with the regions added and removed
 * @param baseline the summary of the coalition as it is on the date
 */
record SummaryWhatIfReport(ExposureReport whatIf, ExposureReport baseline) implements ViewReport {

    private static final List<String> COLUMNS = List.of(
            "commodity",
            "coalition_share_pct",
            "baseline_coalition_share_pct",
            "change_pct_points",
            "flag",
            "baseline_flag");

    @Override
    public String table() {
        TextTable table = new TextTable(
                List.of("commodity", "baseline %", "what-if %", "change", "baseline flag", "what-if flag"),
                false,
                true,
                true,
                true,
                false,
                false);
        int changed = 0;
        for (int r = 0; r < whatIf.rows().size(); r++) {
            ExposureRow now = whatIf.rows().get(r);
            ExposureRow before = baseline.rows().get(r);
            if (now.coalitionShare() != before.coalitionShare() || !flag(now).equals(flag(before))) {
                changed++;
                table.add(List.of(
                        now.commodity().id().value(),
                        Figures.percent(before.coalitionShare()),
                        Figures.percent(now.coalitionShare()),
                        String.format(Locale.ROOT, "%+.1f", 100 * (now.coalitionShare() - before.coalitionShare())),
                        flag(before),
                        flag(now)));
            }
        }
        return whatIf.table()
                + String.format(
                        Locale.ROOT,
                        "%nChange from %s (members: %s): %d commodities%n",
                        baseline.coalition().id(),
                        String.join(
                                " ",
                                baseline.members().stream().map(m -> m.code()).toList()),
                        changed)
                + (changed == 0 ? "" : table.render());
    }

    @Override
    public String csv() {
        StringBuilder out = new StringBuilder(Csv.line(COLUMNS));
        for (int r = 0; r < whatIf.rows().size(); r++) {
            ExposureRow now = whatIf.rows().get(r);
            ExposureRow before = baseline.rows().get(r);
            out.append(Csv.line(List.of(
                    now.commodity().id().value(),
                    Figures.percentNumber(now.coalitionShare()),
                    Figures.percentNumber(before.coalitionShare()),
                    Figures.percentNumber(now.coalitionShare() - before.coalitionShare()),
                    flag(now),
                    flag(before))));
        }
        return out.toString();
    }

    @Override
    public String json() {
        ObjectMapper mapper = new ObjectMapper();
        try {
            ObjectNode root = mapper.createObjectNode().put("view", "summary");
            root.set("what_if", mapper.readTree(whatIf.json()));
            root.set("baseline", mapper.readTree(baseline.json()));
            return root.toPrettyString() + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("the summary's own JSON did not parse", e);
        }
    }

    private static String flag(ExposureRow row) {
        return row.dominantNonMember().map(r -> r.code() + ">50%").orElse("");
    }
}
