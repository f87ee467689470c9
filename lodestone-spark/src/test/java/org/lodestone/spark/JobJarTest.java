package org.lodestone.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A driver started without spark-submit ships its own jar to a cluster's executors, and only then. */
class JobJarTest {

    @TempDir
    Path dir;

    private Path jar() throws IOException {
        return Files.writeString(dir.resolve("lodestone-spark.jar"), "a jar");
    }

    @Test
    void aClusterDriverWithoutSparkJarsShipsTheJobJar() throws IOException {
        SparkConf conf = new SparkConf(false).setMaster("spark://127.0.0.1:7077");

        assertThat(JobJar.ship(conf, Optional.of(jar()))).contains(jar());
        assertThat(conf.get("spark.jars")).isEqualTo(jar().toAbsolutePath().toString());
    }

    @Test
    void sparkJarsAlreadySetLocalMastersAndClassFoldersAreLeftAlone() throws IOException {
        SparkConf submitted = new SparkConf(false)
                .setMaster("spark://127.0.0.1:7077")
                .set("spark.jars", "/opt/jobs/lodestone-spark.jar");
        SparkConf local = new SparkConf(false).setMaster("local[2]");
        SparkConf unset = new SparkConf(false);
        SparkConf classes = new SparkConf(false).setMaster("spark://127.0.0.1:7077");

        assertThat(JobJar.ship(submitted, Optional.of(jar()))).isEmpty();
        assertThat(submitted.get("spark.jars")).isEqualTo("/opt/jobs/lodestone-spark.jar");
        assertThat(JobJar.ship(local, Optional.of(jar()))).isEmpty();
        assertThat(local.contains("spark.jars")).isFalse();
        assertThat(JobJar.ship(unset, Optional.of(jar()))).isEmpty();
        assertThat(JobJar.ship(classes, Optional.of(dir))).isEmpty();
        assertThat(classes.contains("spark.jars")).isFalse();
    }

    @Test
    void theJobsOwnJarIsWhereItsClassesAre() {
        assertThat(JobJar.own()).hasValueSatisfying(p -> assertThat(p).exists());
    }
}
