package com.example.orders.checkout;

import com.example.orders.model.Cart;
import com.example.orders.model.Quote;
import com.example.orders.model.Receipt;
import com.example.orders.store.OrdersStore;
import io.fusionize.api.Task;
import io.fusionize.api.TaskContext;

/** Entry {@code checkout}: validates, prices, reserves and charges a cart; the rest happens async. */
public final class Checkout implements Task<Cart, Receipt> {

    @Override
    public Receipt run(Cart cart, TaskContext context) {
        Cart valid = context.call("validate", cart, Cart.class);
        Quote quote = context.call("price", valid, Quote.class);
        context.call("reserve", valid, Void.class);
        String payment = context.call("charge", new Charge.Request(valid.orderId(), valid.customer(), quote.total()),
                String.class);
        OrdersStore.shared().saveOrder(valid.orderId(), valid.customer(), quote.total(), payment);
        Receipt receipt = new Receipt(valid.orderId(), quote.total(), payment, "placed");
        context.send("confirm", receipt);
        context.send("analytics", receipt);
        context.send("ship", receipt);
        return receipt;
    }
}
