package io.fusionize.lambda.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HandlerReferenceTests {

    @Test
    void parsesClassOnly() {
        assertThat(HandlerReference.parse("com.example.Handler"))
                .isEqualTo(new HandlerReference("com.example.Handler", null));
    }

    @Test
    void parsesClassAndMethod() {
        assertThat(HandlerReference.parse(" com.example.Handler::handle "))
                .isEqualTo(new HandlerReference("com.example.Handler", "handle"));
    }

    @Test
    void refusesMissingHandler() {
        assertThatThrownBy(() -> HandlerReference.parse(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("_HANDLER");
    }

    @Test
    void refusesEmptyMethod() {
        assertThatThrownBy(() -> HandlerReference.parse("com.example.Handler::"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("method name");
    }
}
