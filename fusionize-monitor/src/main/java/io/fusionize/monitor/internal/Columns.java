package io.fusionize.monitor.internal;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads nullable columns, which JDBC's primitive getters would turn into zero. */
final class Columns {

    private Columns() {
    }

    static Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    static Long integral(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static Double real(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
