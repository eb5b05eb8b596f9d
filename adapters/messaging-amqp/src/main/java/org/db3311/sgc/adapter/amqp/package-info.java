/**
 * The outbox relayed to RabbitMQ (AMQP 0-9-1): {@link org.db3311.sgc.adapter.amqp.AmqpOutboxRelay}
 * publishes the core's integration events to a topic exchange, routed by event type, persistent,
 * and marks them published only once the broker confirmed them; several relays share one outbox
 * through its claims. {@link org.db3311.sgc.adapter.amqp.AmqpEventSubscriber} consumes them and
 * drops redeliveries by event id. Built from plain properties ({@link
 * org.db3311.sgc.adapter.amqp.AmqpSettings}); no framework.
 */
package org.db3311.sgc.adapter.amqp;
