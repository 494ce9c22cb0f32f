/**
 * The local platform's durable queue for asynchronous ({@code Event}) invocations.
 *
 * <p>{@link io.fusionize.platform.internal.async.AsyncEventQueue} stores every accepted event in an
 * embedded SQLite database before it acknowledges it, delivers it through an
 * {@link io.fusionize.platform.internal.async.EventDispatcher}, retries function errors with a
 * backoff, and keeps events it gives up on as {@link io.fusionize.platform.DeadLetter}s.
 *
 * <p>Like AWS Lambda, delivery is <em>at least once</em>: an event may be delivered more than once,
 * for example when the platform stops while the event is being delivered. Functions that must not
 * act twice on the same event have to be idempotent.
 */
package io.fusionize.platform.internal.async;
