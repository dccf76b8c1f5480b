/** Prints what the normalizer makes of the vendor's spec: `npm run spec:summary`. */
import type { ObjectKind } from "./model";
import { loadSpec } from "./normalize";

const spec = loadSpec();
const kinds: readonly ObjectKind[] = ["collection", "subObject", "fixedCollection", "action", "irregular"];
const fieldsOf = (kind: ObjectKind): number =>
    spec.objects
        .filter((object) => object.kind === kind)
        .flatMap((object) => object.operations)
        .filter(
            (operation) =>
                !operation.alternative && (operation.method === "post" || operation.method === "put"),
        )
        .reduce((sum, operation) => sum + (operation.body?.fields.length ?? 0), 0);

console.log(`${spec.objects.length} objects`);
for (const kind of kinds) {
    const objects = spec.objects.filter((object) => object.kind === kind);
    console.log(`  ${kind}: ${objects.length} (${fieldsOf(kind)} body fields over POST and PUT)`);
}
console.log("\nquirks fixed:");
for (const [quirk, count] of Object.entries(spec.fixes)) console.log(`  ${quirk}: ${count}`);
for (const kind of ["fixedCollection", "irregular", "action"] as const) {
    console.log(`\n${kind}:`);
    for (const object of spec.objects.filter((o) => o.kind === kind))
        console.log(`  ${object.id}: ${object.reason}`);
}
console.log(`\nfiles without paths: ${spec.filesWithoutPaths.join(", ")}`);
for (const entry of spec.supersededFiles)
    console.log(`superseded: ${entry.file} by ${entry.keptFile}: ${entry.why}`);
const unused = spec.notes.filter((note) => note.message.includes("used by no operation"));
console.log(
    `\n${unused.length} definitions used by no operation (mostly the POST bodies of GET/PUT objects)`,
);
console.log("other notes:");
for (const note of spec.notes.filter((n) => !unused.includes(n)))
    console.log(`  ${note.file}: ${note.message}`);
