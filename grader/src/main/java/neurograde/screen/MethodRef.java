package neurograde.screen;

/** A method of a student class: internal class name, method name and descriptor. */
record MethodRef(String owner, String name, String descriptor) {

  String topLevelSimpleName() {
    String simple = owner.substring(owner.lastIndexOf('/') + 1);
    int dollar = simple.indexOf('$');
    return dollar < 0 ? simple : simple.substring(0, dollar);
  }
}
