package com.example.orders.checkout;

import com.example.orders.model.Receipt;
import com.example.orders.store.OrdersStore;
import com.example.orders.work.Work;
import io.fusionize.api.Task;
import io.fusionize.api.TaskContext;

/** Async: files the sale under its revenue band for reporting. */
public final class Analytics implements Task<Receipt, Void> {

    @Override
    public Void run(Receipt receipt, TaskContext context) {
        String band = receipt.total() < 5_000 ? "small" : receipt.total() < 20_000 ? "medium" : "large";
        String key = Work.digest(receipt.orderId() + band, 10_000).substring(0, 8);
        OrdersStore.shared().saveNotice(receipt.orderId(), "analytics", band + ":" + key);
        return null;
    }
}
