package tutor.schedule;

/**
 * The two FSRS memory variables: stability S in days (R = 90% after S days) and difficulty D in [1,
 * 10].
 */
public record MemoryState(double stability, double difficulty) {}
