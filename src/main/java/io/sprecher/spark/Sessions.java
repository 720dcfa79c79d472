package io.sprecher.spark;

import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Builds the Spark session. Under spark-submit the master and settings come from spark-submit;
 * without a master Sprecher runs embedded: local mode on all cores, bound to 127.0.0.1, no UI. Data
 * moves with Kryo unless the settings choose another serializer.
 */
public final class Sessions {

  private Sessions() {}

  public static SparkSession create(String appName) {
    return create(appName, "local[*]");
  }

  /** An embedded session on {@code cores} cores, whatever the environment says (benchmarks). */
  public static SparkSession local(String appName, int cores) {
    SparkSession.clearActiveSession();
    SparkSession.clearDefaultSession();
    System.clearProperty("spark.master");
    return create(appName, "local[" + cores + "]");
  }

  private static SparkSession create(String appName, String localMaster) {
    SparkConf conf =
        new SparkConf()
            .setAppName(appName)
            .setIfMissing("spark.serializer", "org.apache.spark.serializer.KryoSerializer");
    String registrator = SprecherKryoRegistrator.class.getName();
    String registrators = conf.get("spark.kryo.registrator", "").strip();
    if (!List.of(registrators.split(",")).contains(registrator)) {
      // Spark accepts a list: a site's own registrator stays
      conf.set(
          "spark.kryo.registrator",
          registrators.isEmpty() ? registrator : registrators + "," + registrator);
    }
    if (!conf.contains("spark.master")) {
      conf.setMaster(localMaster)
          .setIfMissing("spark.driver.bindAddress", "127.0.0.1")
          .setIfMissing("spark.driver.host", "127.0.0.1")
          .setIfMissing("spark.ui.enabled", "false")
          .setIfMissing("spark.sql.session.timeZone", "UTC");
    }
    return SparkSession.builder().config(conf).getOrCreate();
  }
}
