package org.db3311.sgc.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Core's data files (the clause catalog, the division tables, the holiday tables and the lunar
 * dates) stay inside the module {@code org.db3311.sgc.core}: its module-info opens nothing, so on
 * the module path another module cannot read them by name — {@code
 * ClauseCatalog.class.getResourceAsStream("clauses.txt")} called from the kit gives null there.
 * What other modules need of them comes through core's API instead. This test loads core's compiled
 * classes as a real named module in a layer of its own and calls that API from outside it, as the
 * server's demo county and the kit's report writer do; the other modules' own tests run on the
 * class path, where the encapsulation does not apply.
 */
@DisplayName("Core's data reach other modules on the module path through core's API")
class CoreDataOnModulePathTest {

  private static final String CORE = "org.db3311.sgc.core";

  private static Path classes;
  private static Module core;

  @BeforeAll
  static void loadCoreAsANamedModule() {
    classes = ProjectClasses.mainClasses(ProjectClasses.modules().getFirst());
    ModuleLayer boot = ModuleLayer.boot();
    Configuration conf =
        boot.configuration().resolve(ModuleFinder.of(classes), ModuleFinder.of(), Set.of(CORE));
    core =
        boot.defineModulesWithOneLoader(conf, ClassLoader.getPlatformClassLoader())
            .findModule(CORE)
            .orElseThrow();
  }

  @Test
  @DisplayName("core is a named module here, and another module cannot read its data files")
  void the_data_files_are_encapsulated() throws Exception {
    assertThat(core.isNamed()).isTrue();
    assertThat(core.getDescriptor().opens()).isEmpty();
    // the way the kit and the server read the files before: null on the module path
    assertThat(open("org.db3311.sgc.core.catalog.ClauseCatalog", "clauses.txt")).isNull();
    assertThat(
            open(
                "org.db3311.sgc.core.common.DivisionCode",
                "/org/db3311/sgc/core/intake/divisions/lishui-townships.csv"))
        .isNull();
    // while the files are there: the module reads them itself (checked below)
    assertThat(classes.resolve("org/db3311/sgc/core/catalog/clauses.txt")).isRegularFile();
  }

  @Test
  @DisplayName("the clause catalog and its exact bytes come through ClauseCatalog")
  void the_catalog_comes_through_the_api() throws Exception {
    Class<?> catalog = load("org.db3311.sgc.core.catalog.ClauseCatalog");
    byte[] source = (byte[]) catalog.getMethod("standardSource").invoke(null);
    assertThat(source)
        .isEqualTo(Files.readAllBytes(classes.resolve("org/db3311/sgc/core/catalog/clauses.txt")));
    Object standard = catalog.getMethod("standard").invoke(null);
    assertThat((int) catalog.getMethod("size").invoke(standard)).isGreaterThan(100);
    assertThat((String) catalog.getMethod("standardText").invoke(null)).contains("县级社会治理中心");
  }

  @Test
  @DisplayName("丽水市's townships, the national division table and the calendars load in the module")
  void the_tables_come_through_the_api() throws Exception {
    Class<?> registry = load("org.db3311.sgc.core.intake.DivisionRegistry");
    Object lishui = registry.getMethod("lishui").invoke(null);
    assertThat((int) registry.getMethod("size").invoke(lishui)).isEqualTo(173);

    Class<?> table = load("org.db3311.sgc.core.assessment.profile.DivisionTable");
    Object shipped = table.getMethod("shipped").invoke(null);
    assertThat((Map<?, ?>) table.getMethod("all").invoke(shipped)).hasSizeGreaterThan(5);

    Class<?> calendar = load("org.db3311.sgc.core.calendar.HolidayTableCalendar");
    assertThat((Collection<?>) calendar.getMethod("shippedTables").invoke(null))
        .hasSizeGreaterThanOrEqualTo(7);
    Class<?> lunar = load("org.db3311.sgc.core.calendar.LunarDates");
    assertThat((Map<?, ?>) lunar.getMethod("shipped").invoke(null)).hasSizeGreaterThan(90);
  }

  private static Class<?> load(String name) throws ClassNotFoundException {
    Class<?> c = Class.forName(name, true, core.getClassLoader());
    assertThat(c.getModule()).isSameAs(core);
    return c;
  }

  /** A resource looked up by name from this (unnamed) module through a class of core. */
  private static byte[] open(String className, String resource) throws Exception {
    try (InputStream in = load(className).getResourceAsStream(resource)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
