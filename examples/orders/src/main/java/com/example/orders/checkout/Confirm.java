package com.example.orders.checkout;

import com.example.orders.model.Receipt;
import com.example.orders.store.OrdersStore;
import io.fusionize.api.Task;
import io.fusionize.api.TaskContext;

/** Async: writes the order confirmation the customer is mailed; once per order, however often it runs. */
public final class Confirm implements Task<Receipt, Void> {

    @Override
    public Void run(Receipt receipt, TaskContext context) {
        OrdersStore.shared().saveNotice(receipt.orderId(), "confirmation", "Order " + receipt.orderId()
                + " is placed: " + receipt.total() / 100 + "." + String.format("%02d", receipt.total() % 100));
        return null;
    }
}
