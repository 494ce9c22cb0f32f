package io.fusionize.examples.synthetic;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/** Reads and writes a spec's text: {@code synthetic:key=value,key=value}. */
final class SpecText {

    private SpecText() {
    }

    /**
     * @param text the spec's text
     * @return the spec
     * @throws IllegalArgumentException when it is malformed; the message names the fault and the text
     */
    static SyntheticSpec parse(String text) {
        if (!SyntheticSpec.isSpec(text)) {
            throw new IllegalArgumentException("a synthetic application's spec starts with '" + SyntheticSpec.PREFIX
                    + "', as in " + SyntheticSpec.PREFIX + "tasks=10,seed=1; was '" + text + "'");
        }
        Map<SyntheticParameter, BigDecimal> values = read(text);
        addDefaults(values, text);
        try {
            return SyntheticSpec.of(values);
        } catch (IllegalArgumentException fault) {
            throw new IllegalArgumentException(fault.getMessage() + " in " + text, fault);
        }
    }

    /**
     * @param values every parameter's value, in canonical order
     * @return the canonical text: the required keys, then the others that differ from their default
     */
    static String format(Map<SyntheticParameter, BigDecimal> values) {
        StringJoiner text = new StringJoiner(",", SyntheticSpec.PREFIX, "");
        values.forEach((parameter, value) -> {
            if (!isDefault(parameter, value)) {
                text.add(parameter.key() + "=" + plain(value));
            }
        });
        return text.toString();
    }

    /**
     * @param parameter a parameter
     * @param value its value
     * @return whether the value is the parameter's default, which the canonical forms leave out
     */
    static boolean isDefault(SyntheticParameter parameter, BigDecimal value) {
        return parameter.defaultValue().map(d -> d.compareTo(value) == 0).orElse(false);
    }

    /**
     * @param value a value
     * @return it without trailing zeros or an exponent, e.g. {@code 0.3}
     */
    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static Map<SyntheticParameter, BigDecimal> read(String text) {
        Map<SyntheticParameter, BigDecimal> values = new EnumMap<>(SyntheticParameter.class);
        String items = text.substring(SyntheticSpec.PREFIX.length());
        for (String item : items.isEmpty() ? new String[0] : items.split(",", -1)) {
            int equals = item.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException("expected key=value, found '" + item + "' in " + text);
            }
            SyntheticParameter parameter = known(item.substring(0, equals), text);
            if (values.put(parameter, value(parameter, item.substring(equals + 1), text)) != null) {
                throw new IllegalArgumentException("parameter '" + parameter.key() + "' is given twice in " + text);
            }
        }
        return values;
    }

    private static SyntheticParameter known(String key, String text) {
        return SyntheticParameter.byKey(key).orElseThrow(() -> new IllegalArgumentException(
                "unknown parameter '" + key + "' in " + text + "; known: " + keys(false)));
    }

    private static BigDecimal value(SyntheticParameter parameter, String value, String text) {
        try {
            return parameter.read(value);
        } catch (IllegalArgumentException fault) {
            throw new IllegalArgumentException(fault.getMessage() + " in " + text, fault);
        }
    }

    private static void addDefaults(Map<SyntheticParameter, BigDecimal> values, String text) {
        for (SyntheticParameter parameter : SyntheticParameter.values()) {
            if (!values.containsKey(parameter)) {
                values.put(parameter, parameter.defaultValue().orElseThrow(() -> new IllegalArgumentException(
                        "missing parameter '" + parameter.key() + "' in " + text + "; required: " + keys(true))));
            }
        }
    }

    private static String keys(boolean requiredOnly) {
        return Arrays.stream(SyntheticParameter.values()).filter(p -> !requiredOnly || p.required())
                .map(SyntheticParameter::key).collect(Collectors.joining(", "));
    }
}
