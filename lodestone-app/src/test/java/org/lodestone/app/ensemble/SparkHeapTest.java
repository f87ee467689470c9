package org.lodestone.app.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lodestone.io.problem.InputException;

/** The Spark child JVM's heap: stated, from LODESTONE_SPARK_HEAP or the documented default. */
class SparkHeapTest {

    @Test
    void theDefaultIsTheDocumentedDriverMemory() {
        assertThat(SparkEngine.heapOption(Optional.empty())).isEqualTo("-Xmx2g");
        assertThat(SparkEngine.heapOption(Optional.of("  "))).isEqualTo("-Xmx2g");
    }

    @Test
    void theEnvironmentSetsIt() {
        assertThat(SparkEngine.heapOption(Optional.of("1536m"))).isEqualTo("-Xmx1536m");
        assertThat(SparkEngine.heapOption(Optional.of(" 8G "))).isEqualTo("-Xmx8G");
    }

    @Test
    void aValueThatIsNotASizeIsBadInputNamingTheVariable() {
        assertThatThrownBy(() -> SparkEngine.heapOption(Optional.of("4 GB")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("LODESTONE_SPARK_HEAP")
                .hasMessageContaining("'4 GB' is not a heap size for the Spark JVM")
                .hasMessageContaining("e.g. 4g or 1536m");
    }
}
