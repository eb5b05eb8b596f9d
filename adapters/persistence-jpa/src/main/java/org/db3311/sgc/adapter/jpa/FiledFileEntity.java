package org.db3311.sgc.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A row of {@code volume_filed_file}: a file put in a volume, and the filing it is in; the key
 * files a file once.
 */
@Entity
@Table(name = "volume_filed_file")
public class FiledFileEntity {

  @Id
  @Column(name = "file_id")
  public String fileId;

  @Column(name = "list_hash", nullable = false)
  public String listHash;
}
