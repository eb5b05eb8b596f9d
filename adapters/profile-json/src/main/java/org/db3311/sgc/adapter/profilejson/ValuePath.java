package org.db3311.sgc.adapter.profilejson;

/**
 * Where a value stands in the document ({@code $.hardware.displays[2]}), spelt out as a JSONPath
 * only when an error names it: a valid profile of some hundred values then costs no text at all.
 */
final class ValuePath {

  static final ValuePath ROOT = new ValuePath(null, null, 0);

  private final ValuePath parent;
  private final String key;
  private final int index;

  private ValuePath(ValuePath parent, String key, int index) {
    this.parent = parent;
    this.key = key;
    this.index = index;
  }

  /** The path of the property {@code key} of the object here. */
  ValuePath key(String key) {
    return new ValuePath(this, key, 0);
  }

  /** The path of element {@code index} of the array here. */
  ValuePath index(int index) {
    return new ValuePath(this, null, index);
  }

  @Override
  public String toString() {
    if (parent == null) {
      return "$";
    }
    String at = parent.toString();
    return key != null ? ProfileReader.at(at, key) : at + "[" + index + "]";
  }
}
