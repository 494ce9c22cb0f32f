package com.example.orders.model;

/**
 * A cart's price, in cents.
 *
 * @param subtotal the catalog prices times the quantities
 * @param discount what the customer's loyalty takes off
 * @param tax the tax on the discounted amount
 * @param total what is charged
 */
public record Quote(long subtotal, long discount, long tax, long total) {
}
