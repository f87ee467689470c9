package org.lodestone.app.backtest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.lodestone.app.table.ColumnMeanings;
import org.lodestone.app.table.Spreadsheet;
import org.lodestone.core.model.Source;
import org.lodestone.core.model.SourceId;
import org.lodestone.io.backtest.Episode;

/**
 * {@code backtest.xlsx} ({@code backtest --format xlsx}): the rows of {@code backtest.csv} with
 * numbers as numbers, and a sheet of units, definitions, the score, each episode's scenario hash
 * and the sources its observations cite.
 */
final class BacktestWorkbook {

    static final String FILE = "backtest.xlsx";
    static final String SHEET = "backtest";

    private BacktestWorkbook() {}

    static byte[] bytes(BacktestResult result) {
        Spreadsheet book = new Spreadsheet();
        List<String> header = book.table(SHEET, BacktestTable.csv(result.episodes()));
        book.units(ColumnMeanings.of("backtest", SHEET, header), facts(result), sources(result));
        return book.bytes();
    }

    private static Map<String, String> facts(BacktestResult result) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("score", BacktestTable.score(result.episodes()).substring("Score: ".length()));
        for (EpisodeResult e : result.episodes()) {
            facts.put(
                    "episode " + e.episode().name(),
                    e.episode().title() + "; scenario SHA-256 "
                            + e.episode().scenario().scenario().hash()
                            + e.notRun().map(r -> "; not run: " + r).orElse(""));
        }
        facts.put("definitions", "docs/backtest-format.md and docs/validation.md");
        return facts;
    }

    /** The episodes' sources, each once (the first episode citing an id gives its details). */
    private static List<Source> sources(BacktestResult result) {
        Map<String, Source> sources = new LinkedHashMap<>();
        for (EpisodeResult e : result.episodes()) {
            for (Episode.Source s : e.episode().sources()) {
                sources.putIfAbsent(
                        s.id(), new Source(SourceId.of(s.id()), s.title(), s.publisher(), year(s), s.url()));
            }
        }
        return List.copyOf(sources.values());
    }

    private static OptionalInt year(Episode.Source s) {
        return s.date().matches("\\d{4}.*")
                ? OptionalInt.of(Integer.parseInt(s.date().substring(0, 4)))
                : OptionalInt.empty();
    }
}
