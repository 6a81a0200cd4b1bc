package neurograde.hidden.driver;

/** A network created through a {@link Driver}. */
public record NetworkRef(int id) {}
