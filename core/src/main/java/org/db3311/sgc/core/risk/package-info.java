/**
 * Social risk analysis (风险研判): daily collection, weekly and monthly reports with one special report
 * per major risk, and their comparisons over periods.
 */
package org.db3311.sgc.core.risk;
