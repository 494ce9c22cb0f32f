package io.fusionize.deploy.artifact;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Proves that a selection of application classes is enough to build the application model, the
 * way a function's handler does at start: it loads the provider in an isolated class loader that
 * sees only the selected classes and the libraries, and asks it for the application.
 */
final class ProviderCheck {

    private final CodeSource source;
    private final Collection<Path> libraries;

    ProviderCheck(CodeSource source, Collection<Path> libraries) {
        this.source = source;
        this.libraries = libraries;
    }

    /**
     * @param providerClass the provider's binary name
     * @param selected internal names of the selected classes
     * @return the internal name of the first missing application class, if one is missing
     * @throws IllegalStateException when the provider fails for another reason
     */
    Optional<String> missingClass(String providerClass, Set<String> selected) {
        try (URLClassLoader libraryLoader = new URLClassLoader(urls(), ClassLoader.getPlatformClassLoader())) {
            SelectionLoader loader = new SelectionLoader(source.files(), selected, libraryLoader);
            Object provider = Class.forName(providerClass, true, loader).getConstructor().newInstance();
            provider.getClass().getMethod("application").invoke(provider);
            return Optional.empty();
        } catch (NoClassDefFoundError | ClassNotFoundException e) {
            return missing(e, providerClass);
        } catch (InvocationTargetException e) {
            return missing(e.getCause(), providerClass);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot instantiate provider " + providerClass, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<String> missing(Throwable failure, String providerClass) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof NoClassDefFoundError || t instanceof ClassNotFoundException) {
                String name = String.valueOf(t.getMessage()).replace('.', '/');
                if (source.hasClass(name)) {
                    return Optional.of(name);
                }
            }
        }
        throw new IllegalStateException("provider " + providerClass
                + " cannot build its application from the packaged classes: " + failure, failure);
    }

    private URL[] urls() {
        return libraries.stream().map(ProviderCheck::url).toArray(URL[]::new);
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("not a file path: " + path, e);
        }
    }

    /** Defines only the selected application classes, from memory. */
    private static final class SelectionLoader extends ClassLoader {

        private final Map<String, byte[]> files;
        private final Set<String> selected;

        SelectionLoader(Map<String, byte[]> files, Set<String> selected, ClassLoader parent) {
            super(parent);
            this.files = files;
            this.selected = selected;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            String internal = name.replace('.', '/');
            byte[] bytes = selected.contains(internal) ? files.get(internal + ".class") : null;
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
