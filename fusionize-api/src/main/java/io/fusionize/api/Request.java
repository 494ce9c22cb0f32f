package io.fusionize.api;

import java.util.Objects;

/**
 * One request a load generator sends to an application: the entry task it goes to and its JSON
 * payload.
 *
 * @param entry the entry task's name
 * @param json the payload as JSON text, e.g. {@code {"sensor": 3}}
 */
public record Request(String entry, String json) {

    /**
     * @throws NullPointerException when a part is missing
     * @throws IllegalArgumentException when the entry is blank or the payload is empty
     */
    public Request {
        Objects.requireNonNull(entry, "entry must not be null");
        Objects.requireNonNull(json, "json must not be null");
        if (entry.isBlank()) {
            throw new IllegalArgumentException("entry must not be blank");
        }
        if (json.isBlank()) {
            throw new IllegalArgumentException("payload of a request to " + entry + " must not be empty");
        }
    }
}
