package com.example.orders.tracking;

import com.example.orders.model.OrderRef;
import com.example.orders.store.OrdersStore;
import io.fusionize.api.Task;
import io.fusionize.api.TaskContext;

/** Reads an order's total; -1 for an order that was never placed. */
public final class Load implements Task<OrderRef, Long> {

    @Override
    public Long run(OrderRef order, TaskContext context) {
        return OrdersStore.shared().orderTotal(order.orderId()).orElse(-1L);
    }
}
