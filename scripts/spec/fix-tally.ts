import type { QuirkFixes, SpecNote } from "./model";

/** What normalizing one set of files fixed and noticed; filled as the files are read. */
export interface FixTally {
    fixes: { -readonly [K in keyof QuirkFixes]: number };
    notes: SpecNote[];
}

export function emptyTally(): FixTally {
    return {
        fixes: {
            pathKeysTrimmed: 0,
            integerEmptyDefaults: 0,
            stringMaximumsAsMaxLength: 0,
            maxmiumTypos: 0,
            arraysDeclaredAsStrings: 0,
            emptyEnumReferences: 0,
            modelSpecificMaximums: 0,
        },
        notes: [],
    };
}
