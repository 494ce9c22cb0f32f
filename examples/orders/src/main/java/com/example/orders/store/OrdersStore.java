package com.example.orders.store;

import com.example.orders.model.Line;
import com.example.orders.model.Product;
import io.fusionize.storage.DataDirectory;
import io.fusionize.storage.SqliteDatabase;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The orders application's tables, in one SQLite file that every function shares.
 *
 * <p>Every write is keyed by the order (and product) it is about and replaces an earlier row of
 * that key, so that async work retried at least once leaves the same state.
 */
public final class OrdersStore {

    /** How many products the catalog holds. */
    public static final int PRODUCTS = 200;

    private static final List<String> SCHEMA = List.of(
            "CREATE TABLE IF NOT EXISTS products (id INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                    + " category INTEGER NOT NULL, price_cents INTEGER NOT NULL)",
            "CREATE TABLE IF NOT EXISTS orders (order_id TEXT PRIMARY KEY, customer INTEGER NOT NULL,"
                    + " total_cents INTEGER NOT NULL, payment TEXT NOT NULL)",
            "CREATE TABLE IF NOT EXISTS reservations (order_id TEXT NOT NULL, product INTEGER NOT NULL,"
                    + " quantity INTEGER NOT NULL, PRIMARY KEY (order_id, product))",
            "CREATE TABLE IF NOT EXISTS shipments (order_id TEXT PRIMARY KEY, stage TEXT NOT NULL)",
            "CREATE TABLE IF NOT EXISTS notices (order_id TEXT NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL,"
                    + " PRIMARY KEY (order_id, kind))");

    private final SqliteDatabase database;

    private OrdersStore(SqliteDatabase database) {
        this.database = database;
    }

    /** @return the store in the directory that {@code FUSIONIZE_DATA_DIR} names; one per process */
    public static OrdersStore shared() {
        return Shared.STORE;
    }

    /** Opens the store and fills the catalog once per process, on first use. */
    private static final class Shared {

        static final OrdersStore STORE = open();

        private static OrdersStore open() {
            OrdersStore store = new OrdersStore(new SqliteDatabase(
                    DataDirectory.databaseFile(DataDirectory.fromEnvironment(), "orders"), SCHEMA));
            store.fillCatalog();
            return store;
        }
    }

    /**
     * @param category a category, 0 to 7
     * @return its products, cheapest first
     */
    public List<Product> productsIn(int category) {
        return database.execute(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT id, name, category, price_cents"
                    + " FROM products WHERE category = ? ORDER BY price_cents, id")) {
                select.setInt(1, category);
                return products(select.executeQuery());
            }
        });
    }

    /**
     * @param id a product id
     * @return the product, if the catalog has it
     */
    public Optional<Product> product(int id) {
        return database.execute(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, name, category, price_cents FROM products WHERE id = ?")) {
                select.setInt(1, id);
                return products(select.executeQuery()).stream().findFirst();
            }
        });
    }

    /**
     * Records a placed order; placing the same order again changes nothing.
     *
     * @param orderId the order
     * @param customer who placed it
     * @param totalCents what was charged
     * @param payment the payment reference
     */
    public void saveOrder(String orderId, int customer, long totalCents, String payment) {
        update("INSERT OR REPLACE INTO orders (order_id, customer, total_cents, payment) VALUES (?, ?, ?, ?)",
                orderId, customer, totalCents, payment);
    }

    /**
     * @param orderId an order
     * @return its total in cents, if it was placed
     */
    public Optional<Long> orderTotal(String orderId) {
        return database.execute(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT total_cents FROM orders WHERE order_id = ?")) {
                select.setString(1, orderId);
                ResultSet rows = select.executeQuery();
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.<Long>empty();
            }
        });
    }

    /**
     * Holds stock for an order's lines.
     *
     * @param orderId the order
     * @param lines what to hold
     */
    public void reserve(String orderId, List<Line> lines) {
        database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT OR REPLACE INTO reservations (order_id, product, quantity) VALUES (?, ?, ?)")) {
                for (Line line : lines) {
                    insert.setString(1, orderId);
                    insert.setInt(2, line.product());
                    insert.setInt(3, line.quantity());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    /**
     * Schedules an order's shipment, unless it has moved on already (a retried scheduling must not
     * set it back).
     *
     * @param orderId an order
     */
    public void scheduleShipment(String orderId) {
        update("INSERT OR IGNORE INTO shipments (order_id, stage) VALUES (?, 'scheduled')", orderId);
    }

    /**
     * @param orderId an order
     * @param stage where its shipment is, e.g. {@code picking}
     */
    public void saveShipment(String orderId, String stage) {
        update("INSERT OR REPLACE INTO shipments (order_id, stage) VALUES (?, ?)", orderId, stage);
    }

    /**
     * @param orderId an order
     * @return where its shipment is, if one was scheduled
     */
    public Optional<String> shipmentStage(String orderId) {
        return database.execute(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT stage FROM shipments WHERE order_id = ?")) {
                select.setString(1, orderId);
                ResultSet rows = select.executeQuery();
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.<String>empty();
            }
        });
    }

    /**
     * @param orderId the order a notice is about
     * @param kind what kind of notice, e.g. {@code confirmation}
     * @param text its text
     */
    public void saveNotice(String orderId, String kind, String text) {
        update("INSERT OR REPLACE INTO notices (order_id, kind, text) VALUES (?, ?, ?)", orderId, kind, text);
    }

    private void fillCatalog() {
        database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT OR IGNORE INTO products (id, name, category, price_cents) VALUES (?, ?, ?, ?)")) {
                for (int id = 1; id <= PRODUCTS; id++) {
                    insert.setInt(1, id);
                    insert.setString(2, "product-" + id);
                    insert.setInt(3, id % 8);
                    insert.setLong(4, 500 + (id * 3_7L % 95) * 100 + id % 100);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    private void update(String sql, Object... values) {
        database.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    statement.setObject(i + 1, values[i]);
                }
                return statement.executeUpdate();
            }
        });
    }

    private static List<Product> products(ResultSet rows) throws SQLException {
        List<Product> products = new ArrayList<>();
        while (rows.next()) {
            products.add(new Product(rows.getInt(1), rows.getString(2), rows.getInt(3), rows.getLong(4)));
        }
        return products;
    }
}
