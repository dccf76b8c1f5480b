import { classify } from "./classify";
import { emptyTally } from "./fix-tally";
import type { ApiObject, HttpMethod, NormalizedSpec, Operation } from "./model";
import { fileOperations } from "./operations";
import { namePath } from "./path-names";
import { readVendorFiles, type RawFile } from "./raw";
import { SUPERSEDED_FILES } from "./superseded";
import { findVendorDir } from "./vendor-dir";

/** Where the vendor's files live in the repository. */
export const VENDOR_DIR = findVendorDir();

type Draft = Omit<Operation, "alternative">;

function isItemPath(path: string, paths: ReadonlySet<string>): boolean {
    const cut = path.lastIndexOf("/");
    return path.endsWith("}") && cut > 0 && paths.has(path.slice(0, cut));
}

function isPrefix(prefix: string, path: string): boolean {
    return path.startsWith(`${prefix}/`);
}

/**
 * The file that describes the object: one that gives its GET (`cloud_multi_ip.json` only adds ways to PUT
 * `/system` and `/system/azure-config`), then the one with the most operations on it, then the first by name.
 */
function mainFile(operations: readonly Draft[]): string {
    const counts = new Map<string, number>();
    const reads = new Set<string>();
    for (const operation of operations) {
        counts.set(operation.file, (counts.get(operation.file) ?? 0) + 1);
        if (operation.method === "get") reads.add(operation.file);
    }
    const reading = (file: string) => (reads.has(file) ? 0 : 1);
    return [...counts].sort(([a, x], [b, y]) => reading(a) - reading(b) || y - x || a.localeCompare(b))[0][0];
}

/** Main file first; the second of a method and path is an alternative body. */
function ordered(operations: readonly Draft[], files: readonly string[]): Operation[] {
    const seen = new Set<string>();
    return [...operations]
        .sort((a, b) => files.indexOf(a.file) - files.indexOf(b.file))
        .map((operation) => {
            const key = `${operation.method} ${operation.path}`;
            const alternative = seen.has(key);
            seen.add(key);
            return { ...operation, alternative };
        });
}

/** The vendor's files as a typed model: objects with their kind, operations and normalized fields. */
export function normalizeFiles(files: readonly RawFile[]): NormalizedSpec {
    const tally = emptyTally();
    const superseded = new Set(SUPERSEDED_FILES.map((entry) => entry.file));
    const drafts: Draft[] = [];
    const filesWithoutPaths: string[] = [];
    for (const raw of files) {
        const operations = fileOperations(raw, tally);
        if (operations.length === 0) filesWithoutPaths.push(raw.file);
        if (!superseded.has(raw.file)) drafts.push(...operations);
    }
    const titles = new Map(files.map((raw) => [raw.file, (raw.spec.info?.title ?? "").replace(/ API$/, "")]));

    const paths = new Set(drafts.map((operation) => operation.path));
    const objectPaths = [...paths].filter((path) => !isItemPath(path, paths)).sort();
    const shells = objectPaths.map((path) => {
        const itemPath = [...paths].find(
            (other) => isItemPath(other, paths) && other.slice(0, other.lastIndexOf("/")) === path,
        );
        const operations = drafts.filter(
            (operation) => operation.path === path || operation.path === itemPath,
        );
        const methodsOn = (onPath: string | undefined): Set<HttpMethod> | undefined =>
            onPath === undefined
                ? undefined
                : new Set(
                      operations
                          .filter((operation) => operation.path === onPath)
                          .map((operation) => operation.method),
                  );
        const id = namePath(path).id;
        const main = mainFile(operations);
        const otherFiles = [...new Set(operations.map((operation) => operation.file))]
            .filter((file) => file !== main)
            .sort();
        const fileOrder = [main, ...otherFiles];
        return {
            id,
            path,
            itemPath,
            ...classify({ id, methods: methodsOn(path) ?? new Set(), itemMethods: methodsOn(itemPath) }),
            title: titles.get(main) ?? "",
            files: fileOrder,
            operations: ordered(operations, fileOrder),
        };
    });

    // The parent is the object whose own (or item) path is the longest one this object's path extends.
    const parentOf = new Map<string, string>();
    for (const shell of shells) {
        const candidates = shells.filter((other) => isPrefix(other.itemPath ?? other.path, shell.path));
        const parent = candidates.sort(
            (a, b) => (b.itemPath ?? b.path).length - (a.itemPath ?? a.path).length,
        )[0];
        if (parent !== undefined) parentOf.set(shell.id, parent.id);
    }
    const objects: ApiObject[] = shells.map((shell) => {
        const parent = parentOf.get(shell.id);
        const children = shells
            .filter((other) => parentOf.get(other.id) === shell.id)
            .map((other) => other.id);
        return {
            id: shell.id,
            kind: shell.kind,
            reason: shell.reason,
            path: shell.path,
            ...(shell.itemPath !== undefined ? { itemPath: shell.itemPath } : {}),
            ...(parent !== undefined ? { parent } : {}),
            children,
            title: shell.title,
            files: shell.files,
            operations: shell.operations,
        };
    });

    for (const file of filesWithoutPaths)
        tally.notes.push({ file, message: "no paths: nothing to generate" });
    return {
        objects,
        fixes: tally.fixes,
        filesWithoutPaths,
        supersededFiles: SUPERSEDED_FILES,
        notes: tally.notes,
    };
}

/** Reads and normalizes `spec/vendor/v3.2/` (or another folder of the same shape). */
export function loadSpec(dir: string = VENDOR_DIR): NormalizedSpec {
    return normalizeFiles(readVendorFiles(dir));
}
