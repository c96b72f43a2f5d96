package tutor.store;

import java.time.Instant;
import tutor.pack.CardKey;

/** An answer taken back: which exercise, when it had been given, and whether it was right. */
public record UndoneAnswer(CardKey card, Instant answeredAt, boolean correct) {}
