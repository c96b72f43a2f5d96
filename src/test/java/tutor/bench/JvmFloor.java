package tutor.bench;

/** The startup benchmark's floor: a JVM that prints one line, loading no library. */
public final class JvmFloor {
  private JvmFloor() {}

  public static void main(String[] args) {
    System.out.println("floor");
  }
}
