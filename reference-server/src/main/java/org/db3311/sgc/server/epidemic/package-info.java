/** 6.7 epidemic control over HTTP: the mode in force and its switches. */
package org.db3311.sgc.server.epidemic;
