/**
 * The options several commands share, as picocli mixins: each declares its option's name, help
 * text, default and checks once, and offers what the commands do with its value.
 *
 * <pre>{@code
 * @Mixin
 * private AppOption app;
 *
 * public Integer call() {
 *     Application application = app.application();
 *     ...
 * }
 * }</pre>
 */
package io.fusionize.cli.options;
