package com.example.orders.catalog;

import com.example.orders.model.Product;
import com.example.orders.model.Query;
import io.fusionize.api.Task;
import io.fusionize.api.TaskContext;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Entry {@code browse}: a category page, with what the customer is likely to buy first. */
public final class Browse implements Task<Query, Browse.Page> {

    /**
     * A page of the catalog.
     *
     * @param category the category shown
     * @param products its products, cheapest first
     * @param recommended the ids of the products recommended to the customer
     */
    public record Page(int category, List<Product> products, List<Integer> recommended) {
    }

    @Override
    public Page run(Query query, TaskContext context) {
        // The search and the recommendation do not depend on each other: run them side by side.
        CompletableFuture<Product[]> products = context.callConcurrently("search", query, Product[].class);
        CompletableFuture<Integer[]> recommended = context.callConcurrently("recommend", query, Integer[].class);
        return new Page(query.category(), Arrays.asList(products.join()), Arrays.asList(recommended.join()));
    }
}
