package com.example.orders;

import com.example.orders.catalog.Browse;
import com.example.orders.catalog.Recommend;
import com.example.orders.catalog.Search;
import com.example.orders.checkout.Analytics;
import com.example.orders.checkout.Charge;
import com.example.orders.checkout.Checkout;
import com.example.orders.checkout.Confirm;
import com.example.orders.checkout.Discount;
import com.example.orders.checkout.Fraud;
import com.example.orders.checkout.Price;
import com.example.orders.checkout.Reserve;
import com.example.orders.checkout.Ship;
import com.example.orders.checkout.Tax;
import com.example.orders.checkout.Validate;
import com.example.orders.checkout.Warehouse;
import com.example.orders.tracking.Load;
import com.example.orders.tracking.Shipment;
import com.example.orders.tracking.Track;
import io.fusionize.api.Application;
import io.fusionize.api.ApplicationProvider;
import io.fusionize.api.Calls;

/**
 * Publishes the orders back end: 18 tasks behind three entries, {@code browse} (a catalog page),
 * {@code checkout} (place an order) and {@code track} (where an order is).
 */
public final class OrdersProvider implements ApplicationProvider {

    /** The application's name: {@code fusionize ... --app orders}. */
    public static final String NAME = "orders";

    @Override
    public Application application() {
        return Application.builder(NAME)
                .entry("browse", new Browse(), Calls.sync("search", "recommend"))
                .task("search", new Search(), Calls.none())
                .task("recommend", new Recommend(), Calls.none())
                .entry("checkout", new Checkout(), Calls.sync("validate", "price", "reserve", "charge")
                        .andAsync("confirm", "analytics", "ship"))
                .task("validate", new Validate(), Calls.none())
                .task("price", new Price(), Calls.sync("discount", "tax"))
                .task("discount", new Discount(), Calls.none())
                .task("tax", new Tax(), Calls.none())
                .task("reserve", new Reserve(), Calls.none())
                .task("charge", new Charge(), Calls.sync("fraud"))
                .task("fraud", new Fraud(), Calls.none())
                .task("confirm", new Confirm(), Calls.none())
                .task("analytics", new Analytics(), Calls.none())
                .task("ship", new Ship(), Calls.async("warehouse"))
                .task("warehouse", new Warehouse(), Calls.none())
                .entry("track", new Track(), Calls.sync("load", "shipment"))
                .task("load", new Load(), Calls.none())
                .task("shipment", new Shipment(), Calls.none())
                .requests(OrdersRequests.mix())
                .build();
    }
}
