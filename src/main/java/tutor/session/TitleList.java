package tutor.session;

import java.util.List;

/** Skill titles in a sentence: "A", "A and B", "A, B and C", "A, B, C and 2 more". */
public final class TitleList {
  private TitleList() {}

  /** Every title. */
  public static String of(List<String> titles) {
    return of(titles, Integer.MAX_VALUE - 1);
  }

  /** The first {@code named} titles, and how many more. */
  public static String of(List<String> titles, int named) {
    if (titles.size() == 1) return titles.get(0);
    // Titles with "and" or a comma of their own ("ORDER BY and LIMIT") would run into the list's
    // "A, B and C": then the list is cut by semicolons, and "and" stays the titles' own.
    boolean own = titles.stream().anyMatch(t -> t.contains(" and ") || t.contains(","));
    String comma = own ? "; " : ", ";
    String and = own ? "; " : " and ";
    if (titles.size() > named + 1) {
      return String.join(comma, titles.subList(0, named)) + and + (titles.size() - named) + " more";
    }
    return String.join(comma, titles.subList(0, titles.size() - 1))
        + and
        + titles.get(titles.size() - 1);
  }
}
