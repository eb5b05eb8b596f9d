/**
 * Video rooms for online mediation (线上调解, 6.2.1.1.2) on a self-hosted Jitsi Meet: {@link
 * org.db3311.sgc.adapter.jitsi.JitsiVideoRoomProvider} names rooms nobody can guess and gives each
 * participant a join link carrying a Jitsi token (a JWT signed with the deployment's app secret),
 * which lets only the mediators moderate; {@link org.db3311.sgc.adapter.jitsi.JitsiSettings} reads
 * its plain properties and refuses a misconfiguration at start.
 */
package org.db3311.sgc.adapter.jitsi;
