package io.fusionize.cli.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the project templates from this jar and fills in their {@code {{key}}} placeholders. */
final class Templates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z]+)}}");

    private Templates() {
    }

    /**
     * @param template a template's file name, e.g. {@code pom.xml.template}
     * @param values the placeholders' values
     * @return the filled-in text
     * @throws IllegalStateException when the template uses a placeholder without a value
     */
    static String fill(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(read(template));
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException(template + " uses {{" + matcher.group(1) + "}}, which has no value");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return matcher.appendTail(out).toString();
    }

    /** @return the versions this build was made with: the tool's own, JUnit's and the build plugins' */
    static Map<String, String> versions() {
        Properties properties = new Properties();
        try (InputStream in = resource("scaffold-versions.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> versions = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> versions.put(key, properties.getProperty(key)));
        versions.values().stream().filter(v -> v.contains("${")).findFirst().ifPresent(v -> {
            throw new IllegalStateException("the scaffold's versions were not filled in at build time: " + v);
        });
        return versions;
    }

    private static String read(String template) {
        try (InputStream in = resource(template)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = Templates.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("the scaffold template " + name + " is missing from the command's jar");
        }
        return in;
    }
}
