import { invalidData } from "./errors";
import { rowChain, rowOf, subObjectRows } from "./objects";
import type { ObjectRow, Reference } from "./object-row";
import type { WireObject } from "./snapshot";
import type { ApplianceState } from "./state";
import { everyItem } from "./tree";

/** The non-empty names a reference field holds: one, or each of a list. */
function namedBy(record: WireObject, reference: Reference): string[] {
    const value = record[reference.field] ?? "";
    return (Array.isArray(value) ? value : [value]).filter((name) => name !== "");
}

/** The names that address the named object, outermost first: its parents' (from `within`), then its own. */
function pathOf(record: WireObject, reference: Reference, name: string): string[] {
    return [...(reference.within ?? []).map((field) => String(record[field])), name];
}

const sentenceCase = (words: string): string => words[0] + words.slice(1).toLowerCase();

/**
 * What `record` of `row` names must exist, as on the appliance (a service's vsite, its group in that vsite,
 * its certificates). Throws 400 `InvalidReference` listing every missing object; an object in a missing
 * parent is left to the parent's own reference.
 */
export function checkReferences(state: ApplianceState, row: ObjectRow, record: WireObject): void {
    const references = row.references ?? [];
    const problems: string[] = [];
    for (const reference of references) {
        const target = rowOf(reference.target);
        const chain = rowChain(target);
        for (const name of namedBy(record, reference)) {
            const path = pathOf(record, reference, name);
            if ((reference.alsoIn ?? []).some((other) => state.collections[other].has(name))) continue;
            let items = state.collections[chain[0].id];
            for (let depth = 0; depth < chain.length; depth++) {
                const node = items.get(path[depth]);
                if (node !== undefined) {
                    if (depth + 1 < chain.length) items = node.children[chain[depth + 1].id] ?? new Map();
                    continue;
                }
                if (depth === chain.length - 1) problems.push(missing(references, reference, path));
                break;
            }
        }
    }
    if (problems.length > 0) throw invalidData(problems.join(" "), "InvalidReference");
}

function missing(references: readonly Reference[], reference: Reference, path: string[]): string {
    const target = rowOf(reference.target);
    const noun = reference.noun ?? sentenceCase(target.model.displayName);
    const where =
        path.length > 1
            ? ` in ${rowOf(target.parent as string).model.displayName.toLowerCase()} '${path.at(-2)}'`
            : "";
    const sharesTarget = references.filter((other) => other.target === reference.target).length > 1;
    const what = sharesTarget
        ? `'${reference.field}': ${noun.toLowerCase()}`
        : noun[0].toUpperCase() + noun.slice(1);
    return `${what} '${path.at(-1)}' does not exist${where}.`;
}

/**
 * The objects that name the item of `row` addressed by `names` (outermost first), or anything in it, as
 * `service 'web'` for a refusal's message: a DELETE is refused while there is any.
 */
export function usersOf(state: ApplianceState, row: ObjectRow, names: readonly string[]): string[] {
    const deleted = rowChain(row).map((link) => link.id);
    const users = new Set<string>();
    for (const item of everyItem(state)) {
        const records: [ObjectRow, WireObject][] = [
            [item.row, item.node.record],
            // A sub-object never written is at its defaults, which name nothing.
            ...subObjectRows(item.row)
                .filter((part) => item.node.parts[part.id] !== undefined)
                .map((part): [ObjectRow, WireObject] => [part, item.node.parts[part.id]]),
        ];
        for (const [owner, record] of records) {
            for (const reference of owner.references ?? []) {
                const targets = [reference.target, ...(reference.alsoIn ?? [])].map((id) =>
                    rowChain(rowOf(id)).map((link) => link.id),
                );
                if (!targets.some((target) => deleted.every((id, index) => target[index] === id))) continue;
                const paths = namedBy(record, reference).map((name) => pathOf(record, reference, name));
                if (paths.some((path) => names.every((name, index) => path[index] === name))) {
                    users.add(`${item.row.model.displayName.toLowerCase()} '${item.names.at(-1)}'`);
                }
            }
        }
    }
    return [...users];
}
