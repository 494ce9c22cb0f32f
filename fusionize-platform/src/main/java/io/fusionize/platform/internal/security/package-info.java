/** The platform's bearer token and its check. */
package io.fusionize.platform.internal.security;
