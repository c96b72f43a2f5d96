package tutor.cli;

/**
 * What {@code tutor} alone prints: the few commands a learner starts with, and where the rest are.
 */
final class Overview {
  private Overview() {}

  static String text() {
    return String.join(
        "\n",
        "tutor: a self-study tutor for the terminal.",
        "",
        "Start here:",
        "  tutor pack list            the packs, their skills and your progress",
        "  tutor placement --pack ID  skip what you already know",
        "  tutor study                study what is due, then new material",
        "  tutor due                  what is due now and in the coming days",
        "  tutor stats                your progress, streaks and goals",
        "  tutor goal add --pack ID --by DATE   a goal, and the pace it needs",
        "  tutor settings             see and change every setting",
        "",
        // Two lines: as one, it was 81 columns and broke mid-word at 80.
        "Every command: tutor --help.",
        "One command: tutor help study (or tutor study --help).",
        "");
  }
}
