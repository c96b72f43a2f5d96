package tutor.packfile;

import tutor.pack.Pack;

/** A valid pack together with where everything in it was written. */
public record AuthoredPack(Pack pack, SourceMap sources) {}
