package com.example.orders.checkout;

import com.example.orders.model.Cart;
import com.example.orders.model.Line;
import com.example.orders.store.OrdersStore;
import io.fusionize.api.Task;
import io.fusionize.api.TaskContext;
import java.util.List;

/** Checks a cart: at least one line, 1 to 10 of each product, every product in the catalog. */
public final class Validate implements Task<Cart, Cart> {

    @Override
    public Cart run(Cart cart, TaskContext context) {
        if (cart.orderId() == null || cart.orderId().isBlank()) {
            throw new IllegalArgumentException("a cart needs an orderId");
        }
        List<Line> lines = cart.lines() == null ? List.of() : cart.lines();
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("cart " + cart.orderId() + " is empty");
        }
        for (Line line : lines) {
            if (line.quantity() < 1 || line.quantity() > 10) {
                throw new IllegalArgumentException("quantity " + line.quantity() + " of product " + line.product()
                        + " is outside 1-10");
            }
            if (OrdersStore.shared().product(line.product()).isEmpty()) {
                throw new IllegalArgumentException("no product " + line.product() + " in the catalog");
            }
        }
        return new Cart(cart.orderId(), cart.customer(), List.copyOf(lines));
    }
}
