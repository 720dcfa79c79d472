package io.sprecher.spark;

import java.io.Serializable;

/** What every row says about the run that wrote it. */
record RunStamp(String runId, String version) implements Serializable {}
