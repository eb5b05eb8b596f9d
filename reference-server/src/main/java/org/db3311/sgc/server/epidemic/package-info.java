/**
 * 6.7 epidemic control over HTTP: the mode in force and its switches, and the epidemic-related
 * matters in the closed loop of 6.7.1.1.
 */
package org.db3311.sgc.server.epidemic;
