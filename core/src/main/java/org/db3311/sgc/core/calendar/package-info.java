/**
 * The working-day calendar (ruling R9) and statutory deadlines counted on it: {@link
 * org.db3311.sgc.core.calendar.WorkingCalendar} is the port, {@link
 * org.db3311.sgc.core.calendar.HolidayTableCalendar} its implementation over per-year holiday
 * tables, {@link org.db3311.sgc.core.calendar.Deadline} a deadline with its pauses and extensions.
 *
 * <h2>Calendar data: the format for deployments that replace it</h2>
 *
 * <p>The calendar reads <em>one file per year</em>, named {@code YYYY.json}, in the format of the
 * holiday-cn project (the data shipped for 2020–2026 is theirs, MIT licence, kept beside the files
 * in {@code org/db3311/sgc/core/calendar/holidays-cn/}):
 *
 * <pre>{@code
 * {
 *   "year": 2027,
 *   "papers": ["https://www.gov.cn/... (the State Council notice the data was taken from)"],
 *   "days": [
 *     { "name": "元旦", "date": "2027-01-01", "isOffDay": true },
 *     { "name": "春节", "date": "2027-02-07", "isOffDay": false }
 *   ]
 * }
 * }</pre>
 *
 * <ul>
 *   <li>{@code days} lists only the dates that differ from the ordinary Monday–Friday week: {@code
 *       isOffDay: true} is a day off (a holiday, or a weekday given off), {@code isOffDay: false}
 *       an adjusted working day (调休, a Saturday or Sunday that is worked). Every other date follows
 *       the ordinary week.
 *   <li>An entry may fall a few days into the neighbouring year (an arrangement that spans the New
 *       Year); a date listed twice, an impossible date or a wrong type is an error naming the file.
 *   <li>{@code papers} is optional and only informative.
 * </ul>
 *
 * <p>A deployment adds the next year's arrangement (published each November or December) or
 * corrects one by passing a directory of such files to {@link
 * org.db3311.sgc.core.calendar.HolidayTableCalendar#HolidayTableCalendar(java.nio.file.Path)}: a
 * file there replaces the shipped table of its year. A year for which the deployment holds no
 * official arrangement is a <em>provisional</em> year under ruling R10 (weekends off plus the
 * statutory holidays of 《全国年节及纪念日放假办法》, no 调休), and a deadline computed on it says so; until the
 * calendar implements R10, a date in a year with no data throws {@link
 * org.db3311.sgc.core.calendar.CalendarDataMissingException} naming the year, never a guess.
 */
package org.db3311.sgc.core.calendar;
