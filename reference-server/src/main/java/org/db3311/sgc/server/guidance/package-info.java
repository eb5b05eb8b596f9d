/**
 * Guidance to the grassroots over HTTP (基层社会治理业务指导, 6.8): tasks taken on from the province, city or
 * county and passed to townships and villages with a due date, each assignee's acceptance and
 * report, the center's verification, progress, and the daily supervision sweep.
 */
package org.db3311.sgc.server.guidance;
