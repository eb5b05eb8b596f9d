package org.db3311.sgc.core.archive.filing;

/** How long a volume is kept (保管期限). */
public enum Retention {
  /** 永久. */
  PERMANENT,
  /** 定期30年. */
  YEARS_30,
  /** 定期10年. */
  YEARS_10
}
