package org.lodestone.app.report;

/**
 * The frame of Lodestone's HTML reports: one self-contained page (inline CSS and SVG; no script,
 * font, image or network request) that opens from disk.
 */
public final class Page {

    /** The stylesheet shared by every report. */
    public static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;margin:0 auto;max-width:980px;padding:16px 24px;color:#1a1a1a;line-height:1.45}
            h1{font-size:1.6em;margin-bottom:.2em}h2{border-bottom:2px solid #ddd;padding-bottom:.2em;margin-top:1.8em}h3{margin-top:1.4em}
            table{border-collapse:collapse;margin:.6em 0;font-size:.88em}th,td{border:1px solid #ccc;padding:3px 7px;text-align:left;vertical-align:top}
            th{background:#f2f2f2}td.num{text-align:right}nav ul{columns:2}.lead{font-size:1.1em}.facts,.note{color:#555;font-size:.9em}
            svg{display:block;margin:.5em 0;max-width:100%;height:auto}svg text{font-family:inherit;font-size:12px;fill:#1a1a1a}
            .chart-title{font-size:14px;font-weight:600}.axis-label{font-size:12px;fill:#333}.tick-label{font-size:11px;fill:#444}.tick-date{font-size:10px;fill:#666}
            .grid{stroke:#e4e4e4;stroke-width:1}.axis-line,.tick{stroke:#333;stroke-width:1}.baseline{stroke:#888;stroke-dasharray:3 3}
            .event-label{font-size:12px}.scenario{margin-bottom:2em}ul.assumptions{font-size:.88em}
            .brief .sentence{font-size:1.08em;margin:.35em 0}.brief h2{margin-top:.8em}figure{margin:.8em 0}
            table.heatmap td{min-width:3.2em}table.heatmap caption{text-align:left;font-weight:600;padding-bottom:.3em}
            .no-effect{color:#444}.brief .trust{font-size:.92em;color:#444;margin:.5em 0}.collapsed p{color:#444;margin:.3em 0}.bar-label,.marker-label{font-size:11px}
            svg.map .sea{fill:#f4f8fb}svg.map .country{stroke:#ffffff;stroke-width:.5}svg.map circle{fill:#222;stroke:#fff}
            .swatch,.dot{display:inline-block;width:.9em;height:.9em;vertical-align:middle;margin-left:.6em}.dot{border-radius:50%;background:#222}
            figcaption{font-size:.88em;color:#444}
            @media print{@page{size:A4;margin:14mm}body{max-width:none;padding:0;font-size:10.5pt}
            .details,.screen-only{display:none}.page-two{break-before:page}h2{margin-top:.4em}
            table.heatmap{font-size:8.5pt}svg{max-height:125mm;width:100%}td,th{padding:1px 4px}
            *{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
            """;

    private Page() {}

    /** The document up to and including {@code <body>}, with the escaped title. */
    public static String head(String title) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
                + Html.escape(title)
                + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n";
    }

    /** The end of the document, with a footer line. */
    public static String foot(String footer) {
        return "<footer><p class=\"note\">" + Html.escape(footer) + "</p></footer>\n</body>\n</html>\n";
    }
}
