package org.db3311.sgc.server.console;

import java.util.List;

/**
 * The models of the leader's views: the leader's page (reception rota and bookings, 6.2.1.2; the
 * duty county leader, 6.3.1.2) and the command big screen (指挥大屏). Every part that could not be read
 * is named in {@code failures} and left empty (null), the other parts are shown all the same.
 */
public final class LeaderViews {
  private LeaderViews() {}

  /** Something a view could not read: which part, which item, why. */
  public record Failure(String source, String item, String reason) {}

  // ---------------------------------------------------------------- the leader's page

  /**
   * The leader's page of a county on a day.
   *
   * @param rota the month's reception rota, null when it could not be read
   * @param duty who takes an escalated event now, null when it could not be read
   */
  public record LeaderPage(
      String county,
      String today,
      String month,
      Rota rota,
      Duty duty,
      List<BookingDay> bookings,
      List<Failure> failures) {}

  /**
   * A month's reception rota (接访安排) as stored: a draft is shown too, marked, since only a published
   * one takes bookings.
   *
   * @param receivingToday today's receiving leader by the published rota, null when none
   */
  public record Rota(
      String month,
      boolean exists,
      boolean published,
      String publishedAt,
      List<RotaDay> days,
      String receivingToday) {}

  public record RotaDay(String date, String weekday, String leader, String title, boolean today) {}

  /**
   * The county leader an escalated event goes to now (值班县级领导), and why when it is the fallback.
   *
   * @param reason empty when the leader is on duty by the published roster
   * @param today the shifts of today in the rosters, published or not
   * @param inForce whether today's month has a published roster, so that its shifts hold
   */
  public record Duty(
      String leader, boolean onDuty, String reason, List<Shift> today, boolean inForce) {}

  public record Shift(String start, String end, String leader) {}

  /**
   * The bookings of one published reception day.
   *
   * @param failure why the day's bookings could not be read, null when they were
   */
  public record BookingDay(String date, String leader, List<Booking> bookings, String failure) {}

  public record Booking(
      String id,
      String slot,
      String mode,
      String visitor,
      String subject,
      String state,
      String matter) {}

  // ---------------------------------------------------------------- the command big screen

  /**
   * The command big screen of a county at an instant.
   *
   * @param trend intake and closures of the last weeks, null when the matters could not be read
   * @param warnings open warnings by level, null when they could not be read
   * @param incidents incidents not yet closed, null when they could not be read
   * @param overdue overdue supervision files, null when they could not be read
   * @param rates the real-time evaluation rates of the center, null when they could not be read
   */
  public record Screen(
      String county,
      String at,
      Trend trend,
      Warnings warnings,
      Incidents incidents,
      Overdue overdue,
      List<RateRow> rates,
      List<Failure> failures) {}

  /**
   * Matters registered in each week of the window (Monday first) and how many of those are closed
   * (办结) by now, by week, category and township.
   */
  public record Trend(
      String from,
      String until,
      List<Week> weeks,
      List<CountRow> categories,
      List<TownshipCell> townships,
      int registered,
      int closed) {}

  public record Week(String start, int registered, int closed) {}

  public record CountRow(String code, String label, int registered, int closed) {}

  /**
   * One box of the county's schematic: a township or street (乡镇、街道), its counts, and a heat step
   * 0–4 of its open matters relative to the busiest township.
   */
  public record TownshipCell(
      String code, String name, int registered, int closed, int open, int heat) {}

  public record Warnings(List<LevelRow> levels, int total) {}

  /** A warning level (预警级别), 1 red the highest. */
  public record LevelRow(String level, String label, int grade, int count) {}

  public record Incidents(List<IncidentRow> open, List<CountRow> byState) {}

  public record IncidentRow(
      String id, String grade, String state, String summary, String discoveredAt) {}

  public record Overdue(int total, List<ConsoleViews.DueRow> top) {}

  /** An evaluation rate (9.2.2) with its basis; percent empty when nothing was counted. */
  public record RateRow(
      String kind, String label, long numerator, long denominator, String percent) {}
}
