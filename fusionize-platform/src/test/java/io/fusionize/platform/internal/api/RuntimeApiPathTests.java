package io.fusionize.platform.internal.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fusionize.platform.PlatformException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RuntimeApiPathTests {

    @Test
    void parsesTheFourEndpoints() {
        assertThat(RuntimeApiPath.parse("/i/abc/2018-06-01/runtime/invocation/next"))
                .isEqualTo(new RuntimeApiPath("abc", RuntimeApiPath.Endpoint.NEXT, null));
        assertThat(RuntimeApiPath.parse("/i/abc/2018-06-01/runtime/invocation/r-1/response"))
                .isEqualTo(new RuntimeApiPath("abc", RuntimeApiPath.Endpoint.RESPONSE, "r-1"));
        assertThat(RuntimeApiPath.parse("/i/abc/2018-06-01/runtime/invocation/r-1/error"))
                .isEqualTo(new RuntimeApiPath("abc", RuntimeApiPath.Endpoint.ERROR, "r-1"));
        assertThat(RuntimeApiPath.parse("/i/abc/2018-06-01/runtime/init/error"))
                .isEqualTo(new RuntimeApiPath("abc", RuntimeApiPath.Endpoint.INIT_ERROR, null));
    }

    @Test
    void anythingElseIsNotFound() {
        for (String path : new String[] {"/", "/i/abc", "/i/abc/2019-01-01/runtime/invocation/next",
                "/i/abc/2018-06-01/runtime/invocation/r-1/other", "/x/abc/2018-06-01/runtime/init/error"}) {
            assertThatThrownBy(() -> RuntimeApiPath.parse(path)).isInstanceOfSatisfying(PlatformException.class,
                    e -> assertThat(e.httpStatus()).isEqualTo(404));
        }
    }
}
