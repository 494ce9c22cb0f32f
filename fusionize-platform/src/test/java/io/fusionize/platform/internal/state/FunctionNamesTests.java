package io.fusionize.platform.internal.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fusionize.platform.PlatformException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class FunctionNamesTests {

    @Test
    void parsesNamesQualifiedNamesAndArns() {
        assertThat(FunctionNames.parse("iot-I", null)).isEqualTo(new FunctionNames.Reference("iot-I", null));
        assertThat(FunctionNames.parse("iot-I", "v3")).isEqualTo(new FunctionNames.Reference("iot-I", "v3"));
        assertThat(FunctionNames.parse("iot-I:v3", null)).isEqualTo(new FunctionNames.Reference("iot-I", "v3"));
        assertThat(FunctionNames.parse("arn:aws:lambda:us-east-1:000000000000:function:iot-I:2", ""))
                .isEqualTo(new FunctionNames.Reference("iot-I", "2"));
        assertThat(FunctionNames.parse("000000000000:function:iot-I", "$LATEST"))
                .isEqualTo(new FunctionNames.Reference("iot-I", "$LATEST"));
    }

    @Test
    void refusesDisagreeingQualifiers() {
        assertThatThrownBy(() -> FunctionNames.parse("iot-I:v3", "v4")).isInstanceOf(PlatformException.class)
                .hasMessageContaining("differ");
    }

    @Test
    void refusesMalformedNamesAndAliases() {
        assertThatThrownBy(() -> FunctionNames.requireName("has space")).isInstanceOf(PlatformException.class)
                .hasMessageContaining("1 to 64");
        assertThatThrownBy(() -> FunctionNames.requireAlias("12")).hasMessageContaining("not all digits");
        assertThat(FunctionNames.requireAlias("v12")).isEqualTo("v12");
    }

    @Test
    void rendersArns() {
        FunctionNames names = new FunctionNames("eu-central-1");
        assertThat(names.arn("f", null)).isEqualTo("arn:aws:lambda:eu-central-1:000000000000:function:f");
        assertThat(names.arn("f", "v1")).endsWith(":function:f:v1");
    }
}
