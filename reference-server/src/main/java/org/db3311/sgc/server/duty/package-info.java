/**
 * The duty roster of county leaders over HTTP (值班县级领导, 6.3.1.2): plan a month, assign shifts, set
 * the fallback leader, publish once every hour is covered, revise; read it. A roster is the
 * county's: only staff of the whole county (or wider) see and change it.
 */
package org.db3311.sgc.server.duty;
