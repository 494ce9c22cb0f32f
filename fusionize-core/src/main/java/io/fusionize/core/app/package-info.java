/**
 * Finding the applications that {@link io.fusionize.api.ApplicationProvider}s publish.
 */
package io.fusionize.core.app;
