package org.lodestone.app.sensitivity;

import java.util.List;
import java.util.Locale;
import org.lodestone.app.table.TextTable;
import org.lodestone.core.sensitivity.SobolIndices;

/** The terminal table of a sensitivity analysis: the inputs ranked, with their indices and swings. */
public final class SensitivityTable {

    private SensitivityTable() {}

    public static String render(SensitivityResult r) {
        SobolIndices s = r.indices();
        TextTable table = new TextTable(
                List.of("rank", "input", "S", "S 95%", "ST", "at P5", "at P95"),
                true,
                false,
                true,
                false,
                true,
                true,
                true);
        int rank = 1;
        for (int i : r.ranking()) {
            table.add(List.of(
                    String.valueOf(rank++),
                    r.design().uncertainty().vary().get(i).path(),
                    f(s.first()[i]),
                    f(s.firstLow()[i]) + ".." + f(s.firstHigh()[i]),
                    f(s.total()[i]),
                    g(r.low()[i]),
                    g(r.high()[i])));
        }
        return String.format(
                        Locale.ROOT,
                        "%s: %s of %s, %d runs (N = %d), seed %d, %.1f s%n",
                        r.setup().scenario().name(),
                        r.metric().key(),
                        r.unit(),
                        r.design().size(),
                        r.design().samples(),
                        r.design().uncertainty().seed(),
                        r.runSeconds())
                + table.render();
    }

    private static String f(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v).replace("-0.000", "0.000");
    }

    private static String g(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
