package io.fusionize.examples;

import io.fusionize.api.RequestMix;
import io.fusionize.api.RequestSource;

/**
 * The load of both example applications: every request goes to the entry task with the payload
 * {@code {"seed": N}}, N drawn from the request's random. The IoT entry draws its sensor readings
 * from the seed, and Tree passes it along, so a seed stands for one whole input.
 */
public final class SeedRequests {

    private SeedRequests() {
    }

    /**
     * @param entry the entry task
     * @return requests to that entry, each with a seed of its own
     */
    public static RequestSource to(String entry) {
        // a mix, so that building the application checks that the entry is one
        return RequestMix.builder()
                .add(1, entry, random -> "{\"seed\":" + random.nextInt(Integer.MAX_VALUE) + "}")
                .build();
    }
}
