/**
 * The feed that puts every accepted matter under supervision from acceptance to closure by
 * following casework's domain events ({@link org.db3311.sgc.core.supervisionfeed.SupervisionFeed});
 * kept apart from {@link org.db3311.sgc.core.supervision} so that supervision keeps knowing its
 * subjects only by reference.
 */
package org.db3311.sgc.core.supervisionfeed;
