package org.lodestone.app.stresstest;

import java.nio.file.Files;
import java.nio.file.Path;
import org.lodestone.app.backtest.TrackRecord;
import org.lodestone.app.report.Html;
import org.lodestone.core.ario.ArioParameters;

/**
 * The report's track record: the model's backtest score on the report's dataset, with a link to
 * the backtest page when one lies beside the report ({@code lodestone-backtest/index.html}, the
 * backtest's default folder), so a reader sees how far the model met the record next to its
 * forecasts. Empty for a dataset the bundled episodes do not run on.
 */
final class TrackRecordSection {

    /** The backtest's default output folder, looked for beside the report's. */
    static final String BACKTEST_FOLDER = "lodestone-backtest";

    private TrackRecordSection() {}

    static String render(StressTestResult result) {
        return TrackRecord.of(result.scope().reference())
                .map(record -> section(record, result.out()))
                .orElse("");
    }

    private static String section(TrackRecord record, Path out) {
        Path page = out.resolveSibling(BACKTEST_FOLDER).resolve("index.html");
        String where = Files.isRegularFile(page)
                ? "Per episode and metric, observed against simulated: " + "<a href=\"../" + BACKTEST_FOLDER
                        + "/index.html\">the backtest page</a>."
                : "Per episode and metric, observed against simulated: run <code>./lodestone backtest</code> (the page is "
                        + "written to " + BACKTEST_FOLDER
                        + "/index.html, and linked here when it lies beside this report).";
        return "<section id=\"track-record\">\n<h2>Track record</h2>\n<p>How far to trust these figures: "
                + "<code>lodestone backtest</code> replays real disruptions (export licensing, a fab outage, the neon "
                + "and Red Sea shocks) on the same engine and dataset and scores the model against what was observed. "
                + "On " + Html.escape(record.dataset()) + ": <strong>" + Html.escape(record.score())
                + "</strong>. Misses are reported, never hidden (docs/validation.md). "
                + calibrations(record) + where + "</p>\n</section>\n";
    }

    /** The recorded calibration runs: the score with buyers that ration later, and what that changes. */
    private static String calibrations(TrackRecord record) {
        StringBuilder text = new StringBuilder();
        for (TrackRecord.Calibration c : record.calibrations()) {
            text.append("With every buyer rationing only below ψ = ")
                    .append(c.psi())
                    .append(" of its stock target instead of ")
                    .append(ArioParameters.defaults().psi())
                    .append(" (<code>lodestone backtest --psi ")
                    .append(c.psi())
                    .append("</code>) the score is <strong>")
                    .append(Html.escape(c.score()))
                    .append("</strong>: ")
                    .append(Html.escape(c.note()))
                    .append("; ψ is not settled. ");
        }
        return text.toString();
    }
}
