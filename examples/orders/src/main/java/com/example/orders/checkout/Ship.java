package com.example.orders.checkout;

import com.example.orders.model.OrderRef;
import com.example.orders.model.Receipt;
import com.example.orders.store.OrdersStore;
import io.fusionize.api.Task;
import io.fusionize.api.TaskContext;

/** Async: schedules the order's shipment and hands it to the warehouse. */
public final class Ship implements Task<Receipt, Void> {

    @Override
    public Void run(Receipt receipt, TaskContext context) {
        OrdersStore.shared().scheduleShipment(receipt.orderId());
        context.send("warehouse", new OrderRef(receipt.orderId()));
        return null;
    }
}
