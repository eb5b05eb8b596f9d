package org.db3311.sgc.core.intake;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.AreaCode;
import org.db3311.sgc.core.common.DivisionCode;

/**
 * The townships and streets (乡镇、街道) a center registers places in, held as data: {@link #lishui()}
 * is the National Bureau of Statistics' 2023 table for 丽水市 shipped with core (source in {@code
 * divisions/README.md} beside it); a deployment replaces it with {@link #parse}. A county the
 * registry does not hold is not checked, so a center elsewhere is not blocked by missing data.
 */
@Implements("6.4.1.1")
public final class DivisionRegistry {

  private static final String LISHUI = "divisions/lishui-townships.csv";

  private final Map<AreaCode, String> townships;
  private final Set<DivisionCode> counties;

  private DivisionRegistry(Map<AreaCode, String> townships) {
    this.townships = Collections.unmodifiableMap(new LinkedHashMap<>(townships));
    Set<DivisionCode> c = new TreeSet<>(java.util.Comparator.comparing(DivisionCode::value));
    townships.keySet().forEach(t -> c.add(t.county()));
    this.counties = Collections.unmodifiableSet(c);
  }

  /** The shipped table of 丽水市's 173 townships and streets. */
  public static DivisionRegistry lishui() {
    try (InputStream in = DivisionRegistry.class.getResourceAsStream(LISHUI)) {
      if (in == null) {
        throw new IllegalStateException("core ships " + LISHUI);
      }
      return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads {@code code,name,countyCode} lines after a header line. */
  public static DivisionRegistry parse(Reader csv) throws IOException {
    Map<AreaCode, String> m = new LinkedHashMap<>();
    BufferedReader r = new BufferedReader(csv);
    String header = r.readLine();
    if (header == null || !header.strip().equals("code,name,countyCode")) {
      throw new IllegalArgumentException("the division table starts with code,name,countyCode");
    }
    String line;
    int n = 1;
    while ((line = r.readLine()) != null) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split(",", -1);
      if (f.length != 3) {
        throw new IllegalArgumentException("division table line " + n + ": three fields");
      }
      AreaCode code = AreaCode.of(f[0].strip());
      String name = f[1].strip().replace("\"", "");
      if (!code.isTownship() || !code.county().value().equals(f[2].strip()) || name.isEmpty()) {
        throw new IllegalArgumentException("division table line " + n + ": " + line);
      }
      if (m.put(code, name) != null) {
        throw new IllegalArgumentException("division table line " + n + ": " + code + " twice");
      }
    }
    return new DivisionRegistry(m);
  }

  /** A registry that holds nothing, so checks nothing. */
  public static DivisionRegistry empty() {
    return new DivisionRegistry(Map.of());
  }

  /** The county's townships and streets in the table's order, code to name; empty if not held. */
  public Map<AreaCode, String> townships(DivisionCode county) {
    Map<AreaCode, String> m = new LinkedHashMap<>();
    townships.forEach(
        (code, name) -> {
          if (code.county().equals(county)) {
            m.put(code, name);
          }
        });
    return Collections.unmodifiableMap(m);
  }

  public Optional<String> townshipName(AreaCode code) {
    return Optional.ofNullable(townships.get(code.township()));
  }

  /** Whether the registry holds the county's townships (and so can check a code in it). */
  public boolean covers(DivisionCode county) {
    return counties.contains(county);
  }

  public int size() {
    return townships.size();
  }
}
