package dev.copydesk.spark;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import org.apache.hadoop.conf.Configuration;

/**
 * The driver's Hadoop configuration (file system implementations, S3A or GCS credentials
 * providers, {@code spark.hadoop.*} settings), carried to the executors, which open the article
 * files with it. Hadoop's {@link Configuration} is not {@link Serializable}, but it writes itself.
 */
final class HadoopConfiguration implements Serializable {
  private static final long serialVersionUID = 1L;
  private transient Configuration configuration;

  HadoopConfiguration(Configuration configuration) {
    this.configuration = configuration;
  }

  Configuration get() {
    return configuration;
  }

  private void writeObject(ObjectOutputStream out) throws IOException {
    out.defaultWriteObject();
    configuration.write(out);
  }

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    configuration = new Configuration(false);
    configuration.readFields(in);
  }
}
