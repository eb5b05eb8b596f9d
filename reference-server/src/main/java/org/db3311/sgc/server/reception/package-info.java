/**
 * Leader reception over HTTP (领导接访, 6.2.1.2): the monthly rota of receiving county leaders (plan,
 * assign days, publish, revise), bookings of appointments and invitations on a published day, and
 * receiving a visitor, which registers the matter on the leader-reception channel. Rotas and
 * bookings are the county's: only staff of the whole county (or wider) see and change them; a visit
 * is confined to the caller's division by its place.
 */
package org.db3311.sgc.server.reception;
