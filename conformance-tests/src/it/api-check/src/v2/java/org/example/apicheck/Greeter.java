package org.example.apicheck;

/** Version 2 of the fixture's API: bye(String) was removed. */
public final class Greeter {

  /** A greeting. */
  public String hello(String name) {
    return "hello " + name;
  }
}
