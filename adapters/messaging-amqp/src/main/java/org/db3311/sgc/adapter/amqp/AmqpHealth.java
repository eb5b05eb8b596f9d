package org.db3311.sgc.adapter.amqp;

/** Whether the broker answered, and what was found. */
public record AmqpHealth(boolean up, String detail) {}
