/**
 * The onward roads over HTTP (6.2): refer a dispute mediation did not settle to labour arbitration,
 * litigation, administrative reconsideration, the 信访 procedure or legal aid; record what the
 * receiving body reports, step by step; record its report back.
 */
package org.db3311.sgc.server.onward;
