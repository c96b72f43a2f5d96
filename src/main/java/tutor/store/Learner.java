package tutor.store;

import java.time.Instant;

public record Learner(long id, String name, Instant createdAt) {}
