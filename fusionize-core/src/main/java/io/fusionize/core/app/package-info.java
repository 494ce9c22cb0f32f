/**
 * Finding applications: those that {@link io.fusionize.api.ApplicationProvider}s publish, and those
 * that {@link io.fusionize.core.app.ApplicationResolver}s build from their names.
 */
package io.fusionize.core.app;
