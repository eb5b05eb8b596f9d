package org.db3311.sgc.core.catalog;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks code or a test as implementing (or verifying) clauses or rulings of DB3311/T, for the
 * clause map. The build fails when a value names no entry of the {@link ClauseCatalog}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD})
public @interface Implements {
  /** Clause or ruling ids, e.g. {@code "6.1.1.1"} or {@code "R7"}. */
  String[] value();
}
