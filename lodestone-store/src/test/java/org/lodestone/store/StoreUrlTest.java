package org.lodestone.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.lodestone.store.run.SeriesCodec;

class StoreUrlTest {

    @Test
    void aPathIsADuckDbFile() {
        StoreUrl url = StoreUrl.parse("data/my.duckdb");
        assertThat(url.kind()).isEqualTo(StoreUrl.Kind.DUCKDB);
        assertThat(url.jdbcUrl())
                .isEqualTo("jdbc:duckdb:"
                        + Path.of("data/my.duckdb").toAbsolutePath().normalize());
        assertThat(StoreUrl.defaultIn(Path.of("/w")).jdbcUrl()).isEqualTo("jdbc:duckdb:/w/lodestone.duckdb");
    }

    @Test
    void aPostgresUrlKeepsCredentialsOutOfTheJdbcUrl() {
        StoreUrl url = StoreUrl.parse("postgresql://ana:s%40cret@db.example:6543/lode?sslmode=disable");
        assertThat(url.kind()).isEqualTo(StoreUrl.Kind.POSTGRESQL);
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/lode?sslmode=disable");
        assertThat(url.user()).isEqualTo("ana");
        assertThat(url.password()).isEqualTo("s@cret");
        assertThat(url.display()).doesNotContain("cret");
    }

    /** Issue 17, finding 3: the password never reaches a message, a log line or toString. */
    @Test
    void credentialsInTheQueryAreTakenOutAndEverySecretIsRedacted() {
        StoreUrl url = StoreUrl.parse(
                "postgresql://db.example/lode?user=lode&password=secret&sslmode=require&sslpassword=keypass");
        assertThat(url.user()).isEqualTo("lode");
        assertThat(url.password()).isEqualTo("secret");
        assertThat(url.jdbcUrl()).doesNotContain("secret").doesNotContain("user=");
        assertThat(url.display())
                .isEqualTo("jdbc:postgresql://db.example/lode?sslmode=require&sslpassword=***")
                .isEqualTo(url.toString());
        assertThat(url.redact("FATAL: password authentication failed (secret)"))
                .isEqualTo("FATAL: password authentication failed (***)");
    }

    /** Issue 17, finding 3: an unreachable server fails within the bounded wait, naming no password. */
    @Test
    void anUnreachableServerIsUnavailableWithoutThePassword() {
        assertThatThrownBy(
                        () -> Store.open(StoreUrl.parse("postgresql://lode:secret@127.0.0.1:1/lode?password=secret")))
                .isInstanceOf(StoreUnavailable.class)
                .hasMessageContaining("cannot open the store at jdbc:postgresql://127.0.0.1:1/lode")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret"));
    }

    @Test
    void badUrlsSayWhatWasExpected() {
        assertThatThrownBy(() -> StoreUrl.parse("postgresql://host"))
                .hasMessageContaining("names no host or database")
                .hasMessageContaining("postgresql://user:password@host:port/database");
        assertThatThrownBy(() -> StoreUrl.parse("jdbc:duckdb:x")).hasMessageContaining("Maybe drop the jdbc: prefix");
        assertThatThrownBy(() -> StoreUrl.parse(" ")).hasMessageContaining("--db is empty");
    }

    @Test
    void seriesRoundTripBitForBit() {
        double[] values = {0, -0.0, 1.0 / 3, Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN, 1e-300};
        byte[] bytes = SeriesCodec.encode(values);
        assertThat(bytes).hasSize(values.length * 8);
        assertThat(SeriesCodec.decode(bytes)).containsExactly(values);
        assertThatThrownBy(() -> SeriesCodec.decode(new byte[7])).hasMessageContaining("7 bytes is not a whole number");
    }
}
