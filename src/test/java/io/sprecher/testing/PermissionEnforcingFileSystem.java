package io.sprecher.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.security.AccessControlException;

/**
 * The local file system as an unprivileged user sees it: opening a file without the owner's read
 * permission fails. Tests run as root on CI machines, where chmod 000 alone would not stop a read.
 * Install with {@code spark.hadoop.fs.file.impl}.
 */
public class PermissionEnforcingFileSystem extends LocalFileSystem {

  @Override
  public FSDataInputStream open(Path f, int bufferSize) throws IOException {
    java.nio.file.Path local = pathToFile(f).toPath();
    if (!Files.getPosixFilePermissions(local).contains(PosixFilePermission.OWNER_READ)) {
      throw new AccessControlException("Permission denied: " + f);
    }
    return super.open(f, bufferSize);
  }
}
