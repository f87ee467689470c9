package org.lodestone.io.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lodestone.core.model.Dataset;
import org.lodestone.core.model.FinalDemand;
import org.lodestone.core.model.Production;
import org.lodestone.core.model.Status;

/**
 * Issue 14 (i14-sources): defence output per country from the SIPRI Top 100 for 2024, in USD million
 * of arms revenue. Expectations are the published national totals (docs/ai-stack-dataset.md, "Size").
 */
class DefenceOutputTest {

    private static final String DEFENCE = "defence-system";

    private static Dataset dataset;

    @BeforeAll
    static void load() {
        dataset = DatasetLoader.load("builtin:ai-stack").dataset();
    }

    @Test
    void theCountriesAddUpToTheTop100Total() {
        double world = production().values().stream()
                .mapToDouble(Production::unitsPerYear)
                .sum();

        // SIPRI Top 100, 2024: USD 679 bn
        assertThat(world).isCloseTo(679_000, within(0.5));
    }

    @Test
    void koreaIndiaAndIsraelCarryTheirPublishedTotalsAsObserved() {
        Map<String, Production> rows = production();

        // four Korean companies 14.1 bn, three Indian 7.5 bn, three Israeli 16.2 bn
        assertThat(rows.get("KOR").unitsPerYear()).isEqualTo(14_100);
        assertThat(rows.get("IND").unitsPerYear()).isEqualTo(7_500);
        assertThat(rows.get("ISR").unitsPerYear()).isEqualTo(16_200);
        assertThat(rows.get("KOR").provenance().status()).isEqualTo(Status.OBSERVED);
        assertThat(rows.get("IND").provenance().status()).isEqualTo(Status.OBSERVED);
        assertThat(rows.get("ISR").provenance().status()).isEqualTo(Status.OBSERVED);
        // 679 bn minus every named country and Europe: EDGE (UAE), Singapore, Australia, Taiwan ...
        assertThat(rows.get("ROW").unitsPerYear()).isEqualTo(13_300);
        assertThat(rows.get("ROW").provenance().status()).isEqualTo(Status.ESTIMATED);
    }

    @Test
    void defenceOutputIsUsedWhereItIsMade() {
        Map<String, Double> use = dataset.finalDemand().stream()
                .filter(d -> d.commodity().value().equals(DEFENCE))
                .collect(Collectors.toMap(d -> d.region().code(), FinalDemand::unitsPerYear));

        production()
                .forEach((region, row) -> assertThat(use.get(region)).as(region).isEqualTo(row.unitsPerYear()));
        assertThat(use).hasSameSizeAs(production());
    }

    private static Map<String, Production> production() {
        return dataset.production().stream()
                .filter(p -> p.commodity().value().equals(DEFENCE))
                .collect(Collectors.toMap(p -> p.region().code(), p -> p));
    }
}
