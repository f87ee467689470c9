package org.lodestone.app.plan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.lodestone.app.report.Axis;
import org.lodestone.app.report.Html;
import org.lodestone.app.report.Page;
import org.lodestone.app.report.Svg;
import org.lodestone.planner.Plan;
import org.lodestone.planner.PlanOutcome;

/**
 * The plan's HTML section, a self-contained page like the stress-test report (same stylesheet and
 * SVG helpers): the outcome, the decisions, a bar chart of AI compute delivered per scenario
 * (planned and simulated, before and after), and the partners' values.
 */
final class PlanReport {

    private static final int WIDTH = 920;
    private static final int LEFT = 64;
    private static final int RIGHT = 700;
    private static final int TOP = 40;
    private static final String[] COLOURS = {"#bbbbbb", "#0072B2", "#e0c090", "#D55E00"};
    private static final String[] SERIES = {"planned before", "planned after", "simulated before", "simulated after"};

    private PlanReport() {}

    static void write(PlanResult result, Path file) throws IOException {
        var spec = result.plan().spec();
        StringBuilder html = new StringBuilder(Page.head("Lodestone plan " + spec.name()));
        html.append("<h1>Plan ")
                .append(Html.escape(spec.name()))
                .append("</h1>\n<p class=\"lead\">")
                .append(Html.escape(PlanText.headline(result.outcome(), result.currency())))
                .append("</p>\n");
        Optional<Plan> plan = PlanFiles.plan(result.outcome());
        plan.ifPresent(p -> {
            html.append("<h2>Decisions</h2>\n<table>\n")
                    .append(Html.row("th", List.of("decision", "where", "amount", "cost, " + result.currency())));
            p.capacity()
                    .forEach(b -> html.append(Html.row(
                            "td",
                            List.of(
                                    "build",
                                    b.option().label(),
                                    PlanText.number(b.unitsPerYear()) + " "
                                            + result.unit(b.option().commodity()) + "/year",
                                    PlanText.money(b.cost())))));
            p.stockpiles()
                    .forEach(s -> html.append(Html.row(
                            "td",
                            List.of(
                                    "stock",
                                    s.option().label(),
                                    PlanText.number(s.units()) + " "
                                            + result.unit(s.option().commodity()),
                                    PlanText.money(s.cost())))));
            p.partners().forEach(r -> html.append(Html.row("td", List.of("join", r, "", ""))));
            html.append(Html.row("th", List.of("total", "", "", PlanText.money(p.cost()))))
                    .append("</table>\n");
            html.append("<h2>AI compute delivered</h2>\n").append(chart(p, result.checks()));
            html.append(
                    "<p class=\"note\">Planned: the planner's linear model; simulated: the disruption engine re-run on each scenario "
                            + "with the planned capacity in the dataset and the stockpiles released (docs/plan-format.md).</p>\n");
        });
        if (result.outcome() instanceof PlanOutcome.Optimal o && !o.partners().isEmpty()) {
            html.append("<h2>Candidate partners</h2>\n<table>\n")
                    .append(Html.row(
                            "th",
                            List.of("region", "joins", "cost saved, " + result.currency(), "compute gained (points)")));
            o.partners()
                    .forEach(v -> html.append(Html.row(
                            "td",
                            List.of(
                                    v.region(),
                                    v.joins() ? "yes" : "no",
                                    Double.isNaN(v.costSaved()) ? "-" : PlanText.money(v.costSaved()),
                                    Double.isNaN(v.computeGained())
                                            ? "-"
                                            : PlanText.percent(v.computeGained()) + " points"))));
            html.append("</table>\n");
        }
        html.append(
                Page.foot("Lodestone plan " + spec.name() + " · " + spec.dataset() + " · decided " + spec.decided()));
        Files.writeString(file, html, StandardCharsets.UTF_8);
    }

    /** Grouped bars: per scenario, the four figures in % of baseline. */
    static String chart(Plan plan, List<PlanResult.SimulatedCheck> checks) {
        int groups = plan.scenarios().size();
        int height = 340;
        int bottom = height - 60;
        double high = 100;
        for (int s = 0; s < groups; s++) {
            for (double v : values(plan, checks, s)) {
                high = Double.isNaN(v) ? high : Math.max(high, 100 * v);
            }
        }
        // bars start at zero, so their lengths compare
        Axis y = Axis.nice(0, high, 6, bottom, TOP);
        StringBuilder svg = new StringBuilder(Svg.open(WIDTH, height, "AI compute delivered per scenario"));
        svg.append(Svg.text(
                        "chart-title", LEFT, 22, "AI compute delivered by the coalition, % of baseline", "", "start"))
                .append('\n');
        Svg.yTicks(svg, y, LEFT, RIGHT);
        Svg.axisTitles(svg, "% of baseline (axis from 0)", "scenario", LEFT, RIGHT, TOP, bottom);
        double slot = (RIGHT - LEFT) / (double) Math.max(1, groups);
        double bar = Math.min(28, slot / 5);
        for (int s = 0; s < groups; s++) {
            double[] v = values(plan, checks, s);
            double x0 = LEFT + s * slot + (slot - 4 * bar) / 2;
            for (int k = 0; k < 4; k++) {
                if (!Double.isNaN(v[k])) {
                    double top = y.at(Math.max(y.min(), 100 * v[k]));
                    svg.append("<rect class=\"bar\" x=\"")
                            .append(Html.coordinate(x0 + k * bar))
                            .append("\" y=\"")
                            .append(Html.coordinate(top))
                            .append("\" width=\"")
                            .append(Html.coordinate(bar - 2))
                            .append("\" height=\"")
                            .append(Html.coordinate(Math.max(0, bottom - top)))
                            .append("\" fill=\"")
                            .append(COLOURS[k])
                            .append("\"><title>")
                            .append(Html.escape(SERIES[k] + ": " + PlanText.percent(v[k]) + "%"))
                            .append("</title></rect>\n");
                }
            }
            svg.append(Svg.text(
                            "tick-label",
                            LEFT + (s + 0.5) * slot,
                            bottom + 18,
                            plan.scenarios().get(s).scenario(),
                            "",
                            "middle"))
                    .append('\n');
        }
        svg.append(Svg.line("axis-line", LEFT, bottom, RIGHT, bottom)).append('\n');
        for (int k = 0; k < 4; k++) {
            svg.append("<rect x=\"")
                    .append(RIGHT + 20)
                    .append("\" y=\"")
                    .append(TOP + k * 22)
                    .append("\" width=\"14\" height=\"14\" fill=\"")
                    .append(COLOURS[k])
                    .append("\"/>")
                    .append(Svg.text("legend-label", RIGHT + 40, TOP + k * 22 + 11, SERIES[k], "", "start"))
                    .append('\n');
        }
        return svg.append("</svg>\n").toString();
    }

    private static double[] values(Plan plan, List<PlanResult.SimulatedCheck> checks, int s) {
        Plan.ScenarioFigure f = plan.scenarios().get(s);
        PlanResult.SimulatedCheck c =
                s < checks.size() ? checks.get(s) : new PlanResult.SimulatedCheck(f.scenario(), Double.NaN, Double.NaN);
        return new double[] {f.before(), f.after(), c.before(), c.after()};
    }
}
