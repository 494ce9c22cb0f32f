package io.fusionize.cli.scaffold;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The names a new project is made of: the application's name (also the artifact and jar name),
 * its Java package, and the prefix of its class names.
 *
 * @param name the application's name, e.g. {@code orders-api}
 * @param javaPackage the package its classes go into, e.g. {@code com.example.ordersapi}
 */
public record ProjectNames(String name, String javaPackage) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Pattern PACKAGE = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)*");

    /**
     * @throws IllegalArgumentException when the name or the package is not usable, saying why
     */
    public ProjectNames {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(javaPackage, "package must not be null");
        if (!NAME.matcher(name).matches() || name.endsWith("-")) {
            // It becomes part of every function's name, which Lambda limits to letters, digits, '-' and '_'.
            throw new IllegalArgumentException("application name '" + name + "' must start with a lowercase letter"
                    + " and hold only lowercase letters, digits and '-' (at most 40 characters, not ending in '-')");
        }
        if (!PACKAGE.matcher(javaPackage).matches()) {
            throw new IllegalArgumentException("'" + javaPackage + "' is not a Java package name in lowercase,"
                    + " e.g. com.example.orders");
        }
    }

    /**
     * @param name the application's name
     * @return the names, with the package {@code com.example.NAME} (without '-')
     */
    public static ProjectNames withDefaultPackage(String name) {
        return new ProjectNames(name, "com.example." + name.replace("-", ""));
    }

    /** @return the class-name prefix: {@code orders-api} gives {@code OrdersApi} */
    public String className() {
        StringBuilder out = new StringBuilder();
        for (String part : name.split("-")) {
            if (!part.isEmpty()) {
                out.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
        }
        return Character.isDigit(out.charAt(0)) ? "App" + out : out.toString();
    }

    /** @return the Maven group id: the package without its last part, or the package itself */
    public String groupId() {
        int dot = javaPackage.lastIndexOf('.');
        return dot > 0 ? javaPackage.substring(0, dot) : javaPackage;
    }

    /** @return the package as a directory path, e.g. {@code com/example/orders} */
    public String packagePath() {
        return javaPackage.replace('.', '/');
    }
}
