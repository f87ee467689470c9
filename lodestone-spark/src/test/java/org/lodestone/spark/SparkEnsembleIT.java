package org.lodestone.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lodestone.core.ensemble.EnsembleRunner;
import org.lodestone.core.ensemble.EnsembleSummary;
import org.lodestone.core.ensemble.Metric;
import org.lodestone.core.ensemble.MonteCarloDesign;
import org.lodestone.core.uncertainty.Uncertainty;
import org.lodestone.io.scenario.ScenarioReader;

/**
 * The ensemble on Spark in local[2] gives exactly the local engine's summary for the same seed,
 * also when members vary dataset numbers ({@code dataset.substitution[...]} paths), which every
 * executor sets on its own table.
 */
class SparkEnsembleIT {

    private static final String SCENARIO = "builtin:korea-hbm-outage";
    private static final int MEMBERS = 24;
    private static JavaSparkContext sc;

    @BeforeAll
    static void start() {
        sc = new JavaSparkContext(new SparkConf()
                .setMaster("local[2]")
                .setAppName("lodestone-it")
                .set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1"));
    }

    @AfterAll
    static void stop() {
        sc.close();
    }

    @Test
    void sparkLocal2GivesTheLocalEnginesSummary() {
        Uncertainty uncertainty =
                ScenarioReader.read(Path.of(SCENARIO)).scenario().uncertainty().withSeed(11);
        MemberJob job = MemberJob.of(SCENARIO, Optional.empty(), LocalDate.of(2026, 6, 1), uncertainty.paths());
        MonteCarloDesign design = new MonteCarloDesign(uncertainty, MEMBERS);
        MemberContext context = MemberContext.of(job);

        EnsembleSummary local =
                EnsembleRunner.run(context.layout(), design, context.evaluator(), 0, MEMBERS, 2, k -> {});
        EnsembleSummary spark = SparkMembers.run(sc, job, design, 5);

        assertThat(spark).isEqualTo(local);
        assertThat(spark.members()).isEqualTo(MEMBERS);
        assertThat(spark.summary(0, Metric.COMPUTE_DELIVERED)).isEqualTo(local.summary(0, Metric.COMPUTE_DELIVERED));
        assertThat(spark.summary(0, Metric.COMPUTE_DELIVERED).sd())
                .as("the members differ")
                .isPositive();
        assertThat(spark.summary(0, Metric.VALUE_ADDED_LOST).count())
                .as("executors value the coalition's losses as the local engine does")
                .isEqualTo(MEMBERS);
        assertThat(spark.layout().unitOf(Metric.VALUE_ADDED_LOST)).isEqualTo("USD 2024");
        int compute = spark.layout().commodities().indexOf("ai-compute");
        assertThat(spark.sectorValues(0, compute).values())
                .as("the sectors travel from the executors (equal summaries compare them too)")
                .hasSize(MEMBERS)
                .containsExactly(local.sectorValues(0, compute).values());
        assertThat(spark.summary(0, Metric.GROSS_OUTPUT_LOST).count()).isEqualTo(MEMBERS);
    }

    @Test
    void membersThatVaryDatasetNumbersGiveTheSameSummaryOnSpark() throws URISyntaxException {
        String scenario = Path.of(SparkEnsembleIT.class
                        .getResource("/magnet-plants-stop.yaml")
                        .toURI())
                .toString();
        Uncertainty uncertainty =
                ScenarioReader.read(Path.of(scenario)).scenario().uncertainty();
        MemberJob job = MemberJob.of(scenario, Optional.empty(), LocalDate.of(2026, 6, 1), uncertainty.paths());
        MonteCarloDesign design = new MonteCarloDesign(uncertainty, MEMBERS);
        MemberContext context = MemberContext.of(job);

        EnsembleSummary local =
                EnsembleRunner.run(context.layout(), design, context.evaluator(), 0, MEMBERS, 2, k -> {});
        EnsembleSummary spark = SparkMembers.run(sc, job, design, 5);

        assertThat(uncertainty.paths()).allMatch(p -> p.startsWith("dataset.substitution["));
        assertThat(spark).isEqualTo(local);
        assertThat(spark.summary(0, Metric.COMPUTE_DELIVERED).sd())
                .as("the substitutable share and its ramp change what is delivered")
                .isPositive();
    }

    @Test
    void theSummaryRecordsItsDateCoalitionDatasetAndTheClusterThatRanIt() {
        Uncertainty uncertainty =
                ScenarioReader.read(Path.of(SCENARIO)).scenario().uncertainty().withSeed(11);
        MemberJob job = MemberJob.of(SCENARIO, Optional.empty(), LocalDate.of(2026, 6, 1), uncertainty.paths());
        EnsembleSummary spark = SparkMembers.run(sc, job, new MonteCarloDesign(uncertainty, 4), 2);

        Map<String, String> header = EnsembleJob.header(job, 11, false, 0, spark, SparkCluster.of(sc));

        assertThat(header)
                .containsEntry("date", "2026-06-01")
                .containsEntry("coalition", "pax-silica")
                .containsEntry("dataset", "ai-stack 2026.1")
                .containsEntry("seed", "11")
                .containsEntry("runs", "4")
                .containsEntry("master", "local[2]")
                .containsEntry("executors", "1")
                .containsEntry("cores", "2");
    }
}
