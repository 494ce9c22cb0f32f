package com.example.orders.tracking;

import com.example.orders.model.OrderRef;
import com.example.orders.model.OrderStatus;
import io.fusionize.api.Task;
import io.fusionize.api.TaskContext;

/** Entry {@code track}: where an order is, from the order itself and its shipment. */
public final class Track implements Task<OrderRef, OrderStatus> {

    @Override
    public OrderStatus run(OrderRef order, TaskContext context) {
        long total = context.call("load", order, Long.class);
        Shipment.Stage stage = context.call("shipment", order, Shipment.Stage.class);
        return new OrderStatus(order.orderId(), total >= 0, Math.max(total, 0), stage.name(), stage.etaDays());
    }
}
