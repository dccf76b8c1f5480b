/**
 * Vendor files read (their quirks are counted) but left out of the objects, each with the file kept instead.
 * `Sub_Resource_Intergrity.json` (sic) is the v3.0 version of the object: basePath `/restapi/v3`, version
 * 3.0.0, a path under `supply-chain-rules` that no file defines, and a `url` field the v3.2 file dropped.
 * `Sub_Resource_Integrity.json` is v3.2 and hangs under `client-side-protection`, which `Supply_Chain.json`
 * defines.
 */
export const SUPERSEDED_FILES: readonly {
    readonly file: string;
    readonly keptFile: string;
    readonly why: string;
}[] = [
    {
        file: "Sub_Resource_Intergrity.json",
        keptFile: "Sub_Resource_Integrity.json",
        why:
            "the v3.0 version (basePath /restapi/v3, under supply-chain-rules, which no file defines, with a url " +
            "field v3.2 dropped); the kept file is v3.2 and lives under client-side-protection",
    },
];
