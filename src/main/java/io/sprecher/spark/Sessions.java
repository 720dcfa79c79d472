package io.sprecher.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Builds the Spark session. Under spark-submit the master and settings come from spark-submit;
 * without a master Sprecher runs embedded: local mode on all cores, bound to 127.0.0.1, no UI.
 */
public final class Sessions {

  private Sessions() {}

  public static SparkSession create(String appName) {
    SparkConf conf = new SparkConf().setAppName(appName);
    if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]")
          .setIfMissing("spark.driver.bindAddress", "127.0.0.1")
          .setIfMissing("spark.driver.host", "127.0.0.1")
          .setIfMissing("spark.ui.enabled", "false")
          .setIfMissing("spark.sql.session.timeZone", "UTC");
    }
    return SparkSession.builder().config(conf).getOrCreate();
  }
}
