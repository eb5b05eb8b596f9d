/**
 * Onward routing of unresolved disputes: the center records where a dispute goes, follows the
 * receiving body's steps on their statutory clocks and supervises the referral until the body
 * reports back ({@link org.db3311.sgc.core.onward.OnwardService}).
 */
package org.db3311.sgc.core.onward;
