/** How retry loops wait between attempts: one backoff value type, with jitter. */
package io.fusionize.core.retry;
