package io.sprecher.spark;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;

/**
 * The driver's Hadoop configuration as a serializable value, so that tasks open input files with
 * the same file system settings (credentials, endpoints, fs.*.impl) as the driver.
 */
final class HadoopConf implements Serializable {

  private static final long serialVersionUID = 1L;
  private final Map<String, String> values;

  private HadoopConf(Map<String, String> values) {
    this.values = values;
  }

  static HadoopConf of(Configuration conf) {
    Map<String, String> values = new HashMap<>();
    conf.forEach(e -> values.put(e.getKey(), e.getValue()));
    return new HadoopConf(values);
  }

  Configuration toConfiguration() {
    Configuration conf = new Configuration(false);
    values.forEach(conf::set);
    return conf;
  }
}
