/**
 * The HTTP layer: the public API (Lambda's control plane and Invoke API, bearer-token access) and
 * the Runtime API served to instances on loopback.
 */
package io.fusionize.platform.internal.api;
