/**
 * A small strict JSON reader (RFC 8259) for the data files the core reads itself, since the core
 * depends on the JDK alone. Not a general-purpose JSON API.
 */
package org.db3311.sgc.core.common.json;
