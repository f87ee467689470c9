package org.lodestone.io.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
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
        // 679 bn minus every named country and Europe: Singapore, Taiwan, Australia ...
        assertThat(rows.get("ROW").unitsPerYear()).isEqualTo(8_600);
        assertThat(rows.get("ROW").provenance().status()).isEqualTo(Status.ESTIMATED);
    }

    @Test
    void theUaeCarriesEdgeAndTheMiddleEastAddsUpToItsPublishedTotal() {
        Map<String, Production> rows = production();

        // EDGE, the one UAE company, 4.7 bn; nine Middle East firms (TUR 5, ISR 3, ARE 1) ~31 bn
        assertThat(rows.get("ARE").unitsPerYear()).isEqualTo(4_700);
        assertThat(rows.get("ARE").provenance().status()).isEqualTo(Status.OBSERVED);
        assertThat(sum(rows, "TUR", "ISR", "ARE")).isEqualTo(31_000);
    }

    @Test
    void europesSingleCompanyCountriesAreObservedAndTheRemainderKeepsEuropesTotal() {
        Map<String, Production> rows = production();

        // Saab 5.6, CSG 3.6, Ukroboronprom 3.01, Kongsberg 1.78, Navantia 1.27 bn
        assertThat(sum(rows, "SWE", "CZE", "UKR", "NOR", "ESP")).isEqualTo(15_260);
        assertThat(List.of("SWE", "CZE", "UKR", "NOR", "ESP"))
                .allSatisfy(
                        c -> assertThat(rows.get(c).provenance().status()).as(c).isEqualTo(Status.OBSERVED));
        // 26 European companies (excluding Russia): USD 151 bn, Germany, the UK, Italy and XEU included
        assertThat(sum(rows, "XEU", "DEU", "SWE", "CZE", "UKR", "NOR", "ESP", "GBR", "ITA"))
                .isEqualTo(151_000);
        // 151,000 - 14,900 - 15,260 - 52,283 - 16,820
        assertThat(rows.get("XEU").unitsPerYear()).isEqualTo(51_737);
    }

    @Test
    void italyIsItsTwoCompaniesAndTheUkItsPublishedShareOfTheTotal() {
        Map<String, Production> rows = production();

        // Leonardo 13,830 + Fincantieri 2,990 (USD million); SIPRI's 2.5% x 679,000 = 16,975 agrees
        assertThat(rows.get("ITA").unitsPerYear()).isEqualTo(16_820);
        assertThat(rows.get("ITA").provenance().status()).isEqualTo(Status.OBSERVED);
        assertThat(rows.get("ITA").unitsPerYear() / 679_000).isCloseTo(0.025, within(0.0005));
        // UK companies 7.7% of the Top 100: 0.077 x 679,000; a rounded share, so estimated
        assertThat(rows.get("GBR").unitsPerYear()).isEqualTo(52_283);
        assertThat(rows.get("GBR").provenance().status()).isEqualTo(Status.ESTIMATED);
        // BAE Systems alone is 33,790
        assertThat(rows.get("GBR").unitsPerYear()).isGreaterThan(33_790);
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

    private static double sum(Map<String, Production> rows, String... regions) {
        double total = 0;
        for (String region : regions) {
            total += rows.get(region).unitsPerYear();
        }
        return total;
    }

    private static Map<String, Production> production() {
        return dataset.production().stream()
                .filter(p -> p.commodity().value().equals(DEFENCE))
                .collect(Collectors.toMap(p -> p.region().code(), p -> p));
    }
}
