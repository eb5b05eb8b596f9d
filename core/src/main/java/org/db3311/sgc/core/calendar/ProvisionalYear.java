package org.db3311.sgc.core.calendar;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.db3311.sgc.core.catalog.Implements;

/**
 * The provisional arrangement of a year whose official arrangement the deployment does not hold
 * (ruling R10): Saturdays and Sundays off, plus the statutory holidays of 《全国年节及纪念日放假办法》 as revised
 * in 2024 — 元旦 1 day; 春节 4 days (除夕 and 正月初一 to 初三); 清明 1 day; 劳动节 1–2 May; 端午 1 day; 中秋 1 day; 国庆
 * 1–3 October. Nothing else: no substitute days and no adjusted working days (调休), which only the
 * State Council's yearly notice fixes.
 */
@Implements("R10")
final class ProvisionalYear {

  /** The note a provisional table carries in place of the notice it would come from. */
  public static final String PAPER =
      "provisional year (ruling R10): weekends and the statutory holidays of"
          + " 全国年节及纪念日放假办法 (2024 revision); no 调休";

  private ProvisionalYear() {}

  /** The provisional table of the dates' year: every entry is a statutory holiday (day off). */
  public static HolidayTable of(LunarDates lunar) {
    int y = lunar.year();
    Map<LocalDate, String> named = new LinkedHashMap<>();
    named.put(LocalDate.of(y, 1, 1), "元旦");
    named.put(lunar.newYearsEve(), "春节");
    for (int i = 0; i < 3; i++) {
      named.put(lunar.springFestival().plusDays(i), "春节");
    }
    named.put(lunar.qingming(), "清明节");
    named.put(LocalDate.of(y, 5, 1), "劳动节");
    named.put(LocalDate.of(y, 5, 2), "劳动节");
    named.put(lunar.dragonBoat(), "端午节");
    // 中秋 can fall on 1–3 October: the two holidays then share a day, which stays one day off
    named.putIfAbsent(lunar.midAutumn(), "中秋节");
    for (int i = 1; i <= 3; i++) {
      named.putIfAbsent(LocalDate.of(y, 10, i), "国庆节");
    }
    Map<LocalDate, Boolean> off = new LinkedHashMap<>();
    named.keySet().forEach(d -> off.put(d, true));
    return new HolidayTable(y, off, List.of(PAPER));
  }
}
