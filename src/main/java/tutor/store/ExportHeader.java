package tutor.store;

import java.time.Instant;
import java.util.Map;

/**
 * What an export says before its tables: its format, where it comes from, whose it is, which packs.
 */
public record ExportHeader(
    int formatVersion,
    int schema,
    Instant exportedAt,
    String learner,
    long learnerCreatedAt,
    Map<String, String> packs) {}
