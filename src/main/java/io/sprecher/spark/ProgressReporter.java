package io.sprecher.spark;

import java.util.function.Consumer;
import java.util.function.Supplier;

/** Prints a progress line every few seconds on the driver while a stage runs. */
final class ProgressReporter implements AutoCloseable {

  private static final long INTERVAL_MS = 5_000;

  private final Thread thread;

  ProgressReporter(Supplier<String> status, Consumer<String> out) {
    this.thread =
        new Thread(
            () -> {
              try {
                while (true) {
                  Thread.sleep(INTERVAL_MS);
                  out.accept(status.get());
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "sprecher-progress");
    thread.setDaemon(true);
  }

  void start() {
    thread.start();
  }

  @Override
  public void close() {
    thread.interrupt();
  }
}
