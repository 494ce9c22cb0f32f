package com.example.orders.model;

/**
 * A catalog entry.
 *
 * @param id the product's id
 * @param name its name
 * @param category its category, 0 to 7
 * @param priceCents its price in cents
 */
public record Product(int id, String name, int category, long priceCents) {
}
