package tutor.stats;

import java.time.LocalDate;

/** Reviews falling due on one study day. */
public record DueDay(LocalDate date, int due) {}
