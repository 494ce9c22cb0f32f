/**
 * {@code fusionize new app}: writes a new application project, a Maven build with a small
 * application, its load requests and a test written with the test kit, from templates that carry
 * this build's own versions.
 */
package io.fusionize.cli.scaffold;
