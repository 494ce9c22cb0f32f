package com.example.orders.model;

import java.util.List;

/**
 * What a customer checks out.
 *
 * @param orderId the order's id, chosen by the client, so that a retried checkout places one order
 * @param customer the customer's number
 * @param lines what is in the cart
 */
public record Cart(String orderId, int customer, List<Line> lines) {
}
