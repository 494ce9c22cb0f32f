package com.example.orders.catalog;

import com.example.orders.model.Product;
import com.example.orders.model.Query;
import com.example.orders.store.OrdersStore;
import io.fusionize.api.Task;
import io.fusionize.api.TaskContext;
import java.util.List;

/** The products of a category, cheapest first. */
public final class Search implements Task<Query, List<Product>> {

    @Override
    public List<Product> run(Query query, TaskContext context) {
        if (query.category() < 0 || query.category() > 7) {
            throw new IllegalArgumentException("category " + query.category() + " is outside 0-7");
        }
        return OrdersStore.shared().productsIn(query.category());
    }
}
