/**
 * Functions, versions and aliases, their persistence under {@code STATE/functions}, and the code
 * store under {@code STATE/code} (one unpacked directory per code hash).
 */
package io.fusionize.platform.internal.state;
