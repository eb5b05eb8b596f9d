package org.example.apicheck;

/** Version 1 of the fixture's API. */
public final class Greeter {

  /** A greeting. */
  public String hello(String name) {
    return "hello " + name;
  }

  /** A farewell: removed in v2. */
  public String bye(String name) {
    return "bye " + name;
  }
}
