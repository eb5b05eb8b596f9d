/**
 * The window screens as a server-sent-events feed for browser display pages, without a web
 * framework: {@link org.db3311.sgc.adapter.sse.SseDisplayBoard} keeps the latest queue call (按序叫号,
 * 7.2.1.3) of every window with the window's function (5.3.5) and publishes it through {@link
 * java.util.concurrent.Flow} as {@link org.db3311.sgc.adapter.sse.SseEvent}s, whose text a server
 * writes to a {@code text/event-stream} response.
 */
package org.db3311.sgc.adapter.sse;
