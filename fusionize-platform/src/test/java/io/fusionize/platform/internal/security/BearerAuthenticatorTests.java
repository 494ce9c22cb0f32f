package io.fusionize.platform.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class BearerAuthenticatorTests {

    private final BearerAuthenticator authenticator = new BearerAuthenticator("s3cret");

    @Test
    void acceptsTheToken() {
        assertThat(authenticator.check("Bearer s3cret")).isEqualTo(BearerAuthenticator.Verdict.ACCEPTED);
        assertThat(authenticator.check("bearer s3cret ")).isEqualTo(BearerAuthenticator.Verdict.ACCEPTED);
    }

    @Test
    void missingOrOtherSchemesAreMissing() {
        assertThat(authenticator.check(null)).isEqualTo(BearerAuthenticator.Verdict.MISSING);
        assertThat(authenticator.check("AWS4-HMAC-SHA256 Credential=x")).isEqualTo(BearerAuthenticator.Verdict.MISSING);
    }

    @Test
    void anotherTokenIsRejected() {
        assertThat(authenticator.check("Bearer s3cre")).isEqualTo(BearerAuthenticator.Verdict.REJECTED);
    }
}
