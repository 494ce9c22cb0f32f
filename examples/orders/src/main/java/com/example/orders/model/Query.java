package com.example.orders.model;

/**
 * A catalog browse.
 *
 * @param category the category, 0 to 7
 * @param customer who browses
 */
public record Query(int category, int customer) {
}
