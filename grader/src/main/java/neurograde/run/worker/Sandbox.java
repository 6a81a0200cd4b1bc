package neurograde.run.worker;

import java.net.MalformedURLException;
import java.net.URL;
import java.security.AllPermission;
import java.security.CodeSource;
import java.security.Permission;
import java.security.PermissionCollection;
import java.security.Permissions;
import java.security.Policy;
import java.security.ProtectionDomain;
import java.security.cert.Certificate;

/**
 * The second line of defence after bytecode screening: student classes are defined with a
 * protection domain that holds no permission, and a security manager denies them anything that
 * needs one (files, network, processes, threads, exit, reflection on other classes, properties),
 * even through a JDK API the screen did not foresee. The grader's own code keeps all permissions.
 */
@SuppressWarnings("removal")
final class Sandbox {

  private Sandbox() {}

  /** Returns a protection domain with no permissions, for a submission's classes. */
  static ProtectionDomain studentDomain(String student) {
    try {
      URL location =
          new URL("file:/submission/" + student.replaceAll("[^A-Za-z0-9._-]", "_") + "/");
      return new ProtectionDomain(
          new CodeSource(location, (Certificate[]) null), new Permissions());
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Installs the policy and the security manager; call once, after the worker's own setup. */
  static void install() {
    Policy.setPolicy(new TrustEverythingElse());
    System.setSecurityManager(new WorkerSecurityManager());
  }

  /** Grants everything to every domain that has not fixed its own permissions (the student's). */
  private static final class TrustEverythingElse extends Policy {
    @Override
    public PermissionCollection getPermissions(CodeSource codesource) {
      Permissions all = new Permissions();
      all.add(new AllPermission());
      return all;
    }

    @Override
    public boolean implies(ProtectionDomain domain, Permission permission) {
      return true;
    }
  }

  /** The default manager lets anyone create threads in a non-system group; this one asks. */
  private static final class WorkerSecurityManager extends SecurityManager {
    private static final Permission MODIFY_THREAD = new RuntimePermission("modifyThread");
    private static final Permission MODIFY_THREAD_GROUP =
        new RuntimePermission("modifyThreadGroup");

    @Override
    public void checkAccess(Thread t) {
      checkPermission(MODIFY_THREAD);
    }

    @Override
    public void checkAccess(ThreadGroup g) {
      checkPermission(MODIFY_THREAD_GROUP);
    }
  }
}
