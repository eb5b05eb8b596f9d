package org.db3311.sgc.adapter.profilejson;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.db3311.sgc.core.assessment.profile.DisplayComponent;
import org.db3311.sgc.core.assessment.profile.EntryForm;
import org.db3311.sgc.core.assessment.profile.EntryMode;
import org.db3311.sgc.core.assessment.profile.Facility;
import org.db3311.sgc.core.assessment.profile.FunctionalDevice;
import org.db3311.sgc.core.assessment.profile.HardwareRoom;
import org.db3311.sgc.core.assessment.profile.HardwareSystem;
import org.db3311.sgc.core.assessment.profile.ManagementFunction;
import org.db3311.sgc.core.assessment.profile.ManagementRegulation;
import org.db3311.sgc.core.assessment.profile.NetworkEquipment;
import org.db3311.sgc.core.assessment.profile.Platform;
import org.db3311.sgc.core.assessment.profile.PostKind;
import org.db3311.sgc.core.assessment.profile.SignKind;
import org.db3311.sgc.core.assessment.profile.SignLocation;
import org.db3311.sgc.core.assessment.profile.SocialForceKind;
import org.db3311.sgc.core.assessment.profile.Term;
import org.db3311.sgc.core.assessment.profile.Tier;
import org.db3311.sgc.core.assessment.profile.UnitKind;
import org.db3311.sgc.core.assessment.profile.VideoConferenceComponent;
import org.db3311.sgc.core.assessment.profile.WindowScreenKind;
import org.db3311.sgc.core.assessment.profile.ZoneFunction;
import org.db3311.sgc.core.assessment.profile.ZoneKind;

/**
 * The spellings a profile document may use for each enumerated value: the English constant (which
 * the printer writes), the standard's Chinese term, and a few other ways people write it (e.g.
 * {@code 一类} for {@code 一类地区}, or tier 2's {@code 矛盾调处化解区}). The JSON Schema lists the same
 * spellings; a test keeps the two in step.
 */
final class Vocabulary {

  /** Every enumerated type of the profile format, named in the schema's {@code $defs}. */
  static final List<Class<? extends Enum<?>>> TYPES =
      List.of(
          Tier.class,
          Platform.class,
          ManagementFunction.class,
          EntryMode.class,
          EntryForm.class,
          UnitKind.class,
          SocialForceKind.class,
          PostKind.class,
          ZoneKind.class,
          ZoneFunction.class,
          Facility.class,
          SignKind.class,
          SignLocation.class,
          WindowScreenKind.class,
          HardwareRoom.class,
          HardwareSystem.class,
          NetworkEquipment.class,
          DisplayComponent.class,
          VideoConferenceComponent.class,
          FunctionalDevice.class,
          ManagementRegulation.class);

  private static final Map<Enum<?>, List<String>> EXTRA = new HashMap<>();

  static {
    EXTRA.put(Tier.TIER_1, List.of("一类"));
    EXTRA.put(Tier.TIER_2, List.of("二类"));
    EXTRA.put(ZoneKind.DISPUTE_RESOLUTION, List.of(ZoneKind.DISPUTE_RESOLUTION.zh(Tier.TIER_2)));
    EXTRA.put(EntryForm.WHOLE_UNIT, List.of("成建制入驻"));
    EXTRA.put(EntryForm.TEAM, List.of("团队式入驻"));
    EXTRA.put(SignKind.ONE_PLACE_LOGO, List.of("最多跑一地标志图形", "“最多跑一地”标志图形"));
    EXTRA.put(NetworkEquipment.POE_SWITCH, List.of("PoE交换机"));
    EXTRA.put(HardwareRoom.COMMUNICATIONS_ROOM, List.of("通讯机房"));
  }

  private static final Map<Class<?>, Map<String, Enum<?>>> BY_TEXT = new HashMap<>();

  static {
    for (Class<? extends Enum<?>> type : TYPES) {
      Map<String, Enum<?>> byText = new LinkedHashMap<>();
      for (Enum<?> e : type.getEnumConstants()) {
        for (String spelling : spellings(e)) {
          if (byText.put(spelling, e) != null) {
            throw new IllegalStateException(
                type.getSimpleName() + " spells two values as '" + spelling + "'");
          }
        }
      }
      BY_TEXT.put(type, byText);
    }
  }

  private Vocabulary() {}

  /** The spellings of one value: English constant, Chinese term, then any others. */
  static List<String> spellings(Enum<?> value) {
    List<String> result = new ArrayList<>();
    result.add(value.name());
    result.add(((Term) value).zh());
    result.addAll(EXTRA.getOrDefault(value, List.of()));
    return result;
  }

  /** Every accepted spelling of the type's values, in declaration order. */
  static List<String> accepted(Class<? extends Enum<?>> type) {
    return List.copyOf(BY_TEXT.get(type).keySet());
  }

  static <E extends Enum<E>> Optional<E> lookup(Class<E> type, String text) {
    Enum<?> e = BY_TEXT.get(type).get(text);
    return e == null ? Optional.empty() : Optional.of(type.cast(e));
  }

  /** A short list for error messages: the English constants and the Chinese terms. */
  static String expected(Class<? extends Enum<?>> type) {
    StringBuilder en = new StringBuilder();
    StringBuilder zh = new StringBuilder();
    for (Enum<?> e : type.getEnumConstants()) {
      if (!en.isEmpty()) {
        en.append(", ");
        zh.append("、");
      }
      en.append(e.name());
      zh.append(((Term) e).zh());
    }
    return en + " (" + zh + ")";
  }
}
