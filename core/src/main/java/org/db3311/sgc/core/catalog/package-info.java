/**
 * The clause catalog: every clause of DB3311/T 238—2023 and the product rulings R1–R12, with its
 * normative level, verbatim Chinese text, English summary and how it is verified. Start from {@link
 * org.db3311.sgc.core.catalog.ClauseCatalog#standard()}; code and tests name the clause they
 * implement with {@link org.db3311.sgc.core.catalog.Implements}. The standard's own text ships in
 * this package as a resource, for reference, under the notice beside it (not under the project's
 * licence).
 */
package org.db3311.sgc.core.catalog;
