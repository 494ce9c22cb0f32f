package com.example.orders.checkout;

import com.example.orders.model.OrderRef;
import com.example.orders.store.OrdersStore;
import com.example.orders.work.Work;
import io.fusionize.api.Task;
import io.fusionize.api.TaskContext;

/** Async: the warehouse picks the order, which takes it a while to acknowledge. */
public final class Warehouse implements Task<OrderRef, Void> {

    @Override
    public Void run(OrderRef order, TaskContext context) {
        Work.waitFor(10);
        OrdersStore.shared().saveShipment(order.orderId(), "picking");
        return null;
    }
}
