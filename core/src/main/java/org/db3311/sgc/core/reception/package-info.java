/**
 * Leader reception days (领导接待): the rota of county leaders, bookings by citizens and the reception
 * itself, which registers a matter at intake.
 */
package org.db3311.sgc.core.reception;
