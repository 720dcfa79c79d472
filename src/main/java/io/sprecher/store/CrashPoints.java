package io.sprecher.store;

/**
 * Fault injection for the crash tests: when the JVM runs with {@code -Dsprecher.crashAt=POINT}, the
 * run halts the JVM at that point as {@code kill -9} would (no finally blocks, no shutdown hooks,
 * exit status 137). Without the property every point is a no-op. The points are listed in the
 * README's section on crash safety.
 */
public final class CrashPoints {

  public static final String PROPERTY = "sprecher.crashAt";
  private static final int KILLED = 137;

  private CrashPoints() {}

  /** Halts the JVM if it was told to crash at {@code point}. */
  public static void reach(String point) {
    if (point.equals(System.getProperty(PROPERTY))) {
      System.err.println("sprecher: simulated kill at " + point);
      Runtime.getRuntime().halt(KILLED);
    }
  }
}
