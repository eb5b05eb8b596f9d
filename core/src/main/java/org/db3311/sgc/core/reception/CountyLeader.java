package org.db3311.sgc.core.reception;

/** A county-level leader (县级领导) who receives visitors on rota days. */
public record CountyLeader(String id, String name, String title) {

  public CountyLeader {
    if (id == null
        || id.isBlank()
        || name == null
        || name.isBlank()
        || title == null
        || title.isBlank()) {
      throw new IllegalArgumentException("a county leader has an id, a name and a title");
    }
  }
}
