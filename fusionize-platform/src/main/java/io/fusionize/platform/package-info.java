/**
 * The local Lambda-compatible platform's public API, for the modules that embed or start it:
 * {@link io.fusionize.platform.LocalPlatform}, its {@link io.fusionize.platform.PlatformSettings},
 * {@link io.fusionize.platform.PlatformMain} and the types they name. Everything under
 * {@code io.fusionize.platform.internal} is the platform's own and may change; the wire contracts
 * it serves are in {@code fusionize-protocol}.
 */
package io.fusionize.platform;
