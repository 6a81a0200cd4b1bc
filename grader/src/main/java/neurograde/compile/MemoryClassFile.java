package neurograde.compile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import javax.tools.SimpleJavaFileObject;

/**
 * A class file held in memory: one the compiler reads from the trusted class path, or one it
 * writes.
 */
final class MemoryClassFile extends SimpleJavaFileObject {

  private final String binaryName;
  private byte[] bytes;
  private ByteArrayOutputStream output;

  MemoryClassFile(String binaryName, byte[] bytes) {
    super(URI.create("mem:///" + binaryName.replace('.', '/') + Kind.CLASS.extension), Kind.CLASS);
    this.binaryName = binaryName;
    this.bytes = bytes;
  }

  String binaryName() {
    return binaryName;
  }

  byte[] bytes() {
    return output != null ? output.toByteArray() : bytes;
  }

  @Override
  public InputStream openInputStream() {
    return new ByteArrayInputStream(bytes());
  }

  @Override
  public OutputStream openOutputStream() {
    output = new ByteArrayOutputStream();
    return output;
  }
}
