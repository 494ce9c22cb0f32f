package com.example.orders.catalog;

import com.example.orders.model.Query;
import com.example.orders.store.OrdersStore;
import com.example.orders.work.Work;
import io.fusionize.api.Task;
import io.fusionize.api.TaskContext;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** Ranks a category's products for a customer and recommends the top three. */
public final class Recommend implements Task<Query, List<Integer>> {

    /** A product with its score for the customer. */
    private record Ranked(int id, int score) {
    }

    @Override
    public List<Integer> run(Query query, TaskContext context) {
        return IntStream.rangeClosed(1, OrdersStore.PRODUCTS).filter(id -> id % 8 == query.category())
                .mapToObj(id -> new Ranked(id, Work.score(query.customer() + "/" + id, 800)))
                .sorted(Comparator.comparingInt(Ranked::score).reversed().thenComparingInt(Ranked::id))
                .limit(3).map(Ranked::id).toList();
    }
}
