package io.fusionize.monitor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.monitor.dto.ClientLatency;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class BatchWriterTests {

    @TempDir
    Path directory;

    @Test
    void countsRowsTheDatabaseRefusesAndStillReleasesFlush() throws Exception {
        String url = "jdbc:sqlite:" + directory.resolve("traces.db");
        Connection connection = DriverManager.getConnection(url);
        Schema.apply(connection);
        connection.setAutoCommit(false);
        BatchWriter writer = new BatchWriter(connection, "test-writer");
        try (Connection other = DriverManager.getConnection(url); Statement s = other.createStatement()) {
            s.execute("DROP TABLE client_latencies");
        }

        writer.submit(latency(1));
        writer.submit(latency(2));
        writer.flush();

        assertThat(writer.rejectedRows()).isEqualTo(2);
        assertThat(writer.lastFailure()).isInstanceOf(SQLException.class);
        writer.close();
    }

    @Test
    void commitsEverythingQueuedBeforeFlushReturns() throws Exception {
        String url = "jdbc:sqlite:" + directory.resolve("traces.db");
        Connection connection = DriverManager.getConnection(url);
        Schema.apply(connection);
        connection.setAutoCommit(false);
        BatchWriter writer = new BatchWriter(connection, "test-writer");

        for (int i = 0; i < 5_000; i++) {
            writer.submit(latency(i));
        }
        writer.flush();

        assertThat(countLatencies(url)).isEqualTo(5_000);
        assertThat(writer.rejectedRows()).isZero();
        writer.close();
    }

    private static long countLatencies(String url) throws Exception {
        try (Connection reader = DriverManager.getConnection(url); Statement s = reader.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM client_latencies")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static PendingWrite latency(long epochMs) {
        return new PendingWrite.LatencyWrite(new ClientLatency("iot", 1, "t", "r", 10, true, epochMs));
    }
}
