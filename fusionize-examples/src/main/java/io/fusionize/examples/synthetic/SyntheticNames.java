package io.fusionize.examples.synthetic;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of synthetic applications: {@code synthetic_TASKS_SEED}, then a letter and a value
 * for each parameter that differs from its default, e.g. {@code synthetic_100_7_a0p3_c2} for
 * {@code synthetic:tasks=100,seed=7,async=0.3,cpu=2}. A decimal point is written {@code p}, so
 * that a name holds only what platform function names allow (letters, digits, '-' and '_'),
 * without the '-' that joins application and entry task.
 */
final class SyntheticNames {

    /** What every name starts with. */
    static final String PREFIX = "synthetic_";
    /** The longest function name a platform accepts, as Lambda. */
    static final int MAX_FUNCTION_NAME = 64;

    private static final String SEPARATOR = "_";
    private static final Pattern OPTIONAL = Pattern.compile("([a-z])(\\d+(?:p\\d+)?)");

    private SyntheticNames() {
    }

    /**
     * @param values every parameter's value, in canonical order
     * @return the application's name
     */
    static String of(Map<SyntheticParameter, BigDecimal> values) {
        StringBuilder name = new StringBuilder(PREFIX).append(values.get(SyntheticParameter.TASKS))
                .append(SEPARATOR).append(values.get(SyntheticParameter.SEED));
        values.forEach((parameter, value) -> {
            if (!parameter.required() && !SpecText.isDefault(parameter, value)) {
                name.append(SEPARATOR).append(parameter.letter()).append(SpecText.plain(value).replace('.', 'p'));
            }
        });
        return name.toString();
    }

    /**
     * @param values every parameter's value
     * @throws IllegalArgumentException when a function named after the application and its last
     *     task would be longer than a platform allows
     */
    static void requireFits(Map<SyntheticParameter, BigDecimal> values) {
        String longest = of(values) + "-t" + values.get(SyntheticParameter.TASKS).subtract(BigDecimal.ONE);
        if (longest.length() > MAX_FUNCTION_NAME) {
            throw new IllegalArgumentException("function names such as " + longest + " would be longer than "
                    + MAX_FUNCTION_NAME + " characters; use a shorter seed or fewer shape parameters");
        }
    }

    /**
     * @param name an application's name
     * @return the spec it names, when it is the name of a synthetic application
     */
    static Optional<SyntheticSpec> parse(String name) {
        if (name == null || !name.startsWith(PREFIX)) {
            return Optional.empty();
        }
        try {
            return read(name.substring(PREFIX.length()).split(SEPARATOR, -1))
                    .map(SyntheticSpec::of).filter(spec -> spec.applicationName().equals(name));
        } catch (IllegalArgumentException | ArithmeticException notOurs) {
            return Optional.empty();
        }
    }

    private static Optional<Map<SyntheticParameter, BigDecimal>> read(String[] parts) {
        if (parts.length < 2) {
            return Optional.empty();
        }
        Map<SyntheticParameter, BigDecimal> values = new EnumMap<>(SyntheticParameter.class);
        values.put(SyntheticParameter.TASKS, SyntheticParameter.TASKS.read(parts[0]));
        values.put(SyntheticParameter.SEED, SyntheticParameter.SEED.read(parts[1]));
        for (int i = 2; i < parts.length; i++) {
            Matcher part = OPTIONAL.matcher(parts[i]);
            Optional<SyntheticParameter> parameter = part.matches()
                    ? SyntheticParameter.byLetter(part.group(1)) : Optional.empty();
            if (parameter.isEmpty() || values.containsKey(parameter.get())) {
                return Optional.empty();
            }
            values.put(parameter.get(), parameter.get().read(part.group(2).replace('p', '.')));
        }
        for (SyntheticParameter parameter : SyntheticParameter.values()) {
            values.computeIfAbsent(parameter, p -> p.defaultValue().orElseThrow());
        }
        return Optional.of(values);
    }
}
