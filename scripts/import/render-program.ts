import type { ProgramPlan, PlannedResource, PlannedValue, ReferenceValue, SecretValue } from "./program-plan";
import { describeObject } from "./program-plan";

/**
 * The plan as TypeScript, written the way the examples are: `import * as waf from "pulumi-barracudawaf"`, one
 * `new waf.Kind(name, { ... })` per object with `adopt: true`, a nested input as one object literal, a
 * reference as the resource itself where the SDK takes it (`service: shop`) and as its `name` where it takes a
 * name only (`webFirewallPolicy: policy.name`), a secret as `config.requireSecret("...")`. A variable is kept
 * only for a resource that another one names.
 */

/** The program's text, and the secrets the user must set in config. */
export interface RenderedProgram {
    readonly text: string;
    /** Config keys of secrets, each with the object and property it fills, in program order. */
    readonly secrets: ReadonlyArray<{ readonly key: string; readonly what: string }>;
}

const indent = "    ";

/** The program for `plan`; `source` (the appliance's address) goes into the header comment. */
export function renderProgram(plan: ProgramPlan, source: string): RenderedProgram {
    const secrets: Array<{ key: string; what: string }> = [];
    const referenced = new Set<PlannedResource>();
    for (const resource of plan.resources) {
        for (const { value } of resource.values) {
            for (const item of Array.isArray(value) ? value : [value]) {
                if (isReference(item)) referenced.add(item.reference);
            }
        }
    }
    const blocks = plan.resources.map((resource) => {
        const text = renderResource(resource, referenced.has(resource), secrets);
        if (resource.failure === undefined) return text;
        const commented = text
            .split("\n")
            .map((line) => `// ${line}`)
            .join("\n");
        return `// ${describeObject(resource.object)} cannot be written as it is: ${resource.failure}\n${commented}`;
    });
    const header = [
        `// The appliance at ${source} as code, written by barracudawaf-import. Each resource takes over`,
        "// (adopt: true; a settings object always) the object of its name: the first `pulumi up` writes nothing,",
        "// and what a resource leaves out keeps its value on the appliance. Only values that differ from the",
        "// appliance's defaults are set.",
    ];
    const notes: string[] = [];
    if (plan.factoryLeftOut.length > 0) {
        notes.push(
            "// Left out: objects the appliance makes by itself, unchanged:",
            ...wrap(plan.factoryLeftOut.join(", "), "//   "),
        );
    }
    for (const unread of plan.unread) {
        notes.push(`// Not read: ${unread.model.name} objects at ${unread.where}: ${unread.reason}`);
    }
    const imports = [
        ...(secrets.length > 0 ? ['import * as pulumi from "@pulumi/pulumi";'] : []),
        'import * as waf from "pulumi-barracudawaf";',
    ];
    const parts = [
        header.join("\n"),
        imports.join("\n"),
        ...(secrets.length > 0 ? ["const config = new pulumi.Config();"] : []),
        ...(notes.length > 0 ? [notes.join("\n")] : []),
        ...blocks,
    ];
    return { text: `${parts.join("\n\n")}\n`, secrets };
}

function renderResource(
    resource: PlannedResource,
    isReferenced: boolean,
    secrets: Array<{ key: string; what: string }>,
): string {
    const { object, names } = resource;
    const body: string[] = [];
    const nested = new Map<string, string[]>();
    for (const planned of resource.values) {
        const rendered = renderValue(planned, secrets, describeObject(object));
        const [holder, member] = planned.property.name.split(".");
        if (member === undefined) {
            body.push(rendered === holder ? `${indent}${holder},` : `${indent}${key(holder)}: ${rendered},`);
        } else {
            if (!nested.has(holder)) {
                nested.set(holder, []);
                body.push(`\u0000${holder}`); // the nested input's place, in schema order
            }
            nested.get(holder)?.push(`${key(member)}: ${rendered}`);
        }
    }
    const lines = body.map((line) => {
        if (!line.startsWith("\u0000")) return line;
        const holder = line.slice(1);
        const members = nested.get(holder) ?? [];
        const inline = `${indent}${key(holder)}: { ${members.join(", ")} },`;
        return inline.length <= 110
            ? inline
            : [
                  `${indent}${key(holder)}: {`,
                  ...members.map((m) => `${indent}${indent}${m},`),
                  `${indent}},`,
              ].join("\n");
    });
    lines.push(...unshownInputsComment(resource));
    // A settings object has no `adopt`: the program always takes over the appliance's one.
    if (object.model.property("adopt") !== undefined) lines.push(`${indent}adopt: true,`);
    const declaration = isReferenced ? `const ${names.variable} = ` : "";
    return `${declaration}new waf.${object.model.name}(${JSON.stringify(names.resourceName)}, {\n${lines.join("\n")}\n});`;
}

/**
 * A comment naming the inputs the appliance never shows (a certificate's PEM and key): the importer cannot
 * write them, and adopting needs none of them; given later, they are a change of the object.
 */
function unshownInputsComment(resource: PlannedResource): string[] {
    const written = new Set(resource.values.map(({ property }) => property.name));
    const unshown = resource.object.model.inputs.filter((p) => p.extension.writeOnly && !written.has(p.name));
    if (unshown.length === 0) return [];
    const replaces = unshown.some((p) => p.replaceOnChanges) ? ", and giving one replaces it" : "";
    const text = `Left out: ${unshown.map((p) => p.name).join(", ")}. The appliance never shows them${replaces}.`;
    return wrap(text, `${indent}// `);
}

function renderValue(
    planned: PlannedValue,
    secrets: Array<{ key: string; what: string }>,
    owner: string,
): string {
    const { property, value } = planned;
    if (isSecret(value)) {
        secrets.push({ key: value.configKey, what: `${owner} ${property.name}` });
        return `config.requireSecret(${JSON.stringify(value.configKey)})`;
    }
    if (isReference(value)) {
        const target = value.reference;
        // The SDK takes the resource itself for a top-level name of its own kind, or a settings resource.
        const itself =
            property.kind === "reference" ||
            (!property.name.includes(".") && target.object.model.token === property.extension.references);
        return itself ? target.names.variable : `${target.names.variable}.name`;
    }
    if (Array.isArray(value)) {
        const items = value.map((item: unknown) =>
            isReference(item) ? `${item.reference.names.variable}.name` : JSON.stringify(item),
        );
        return `[${items.join(", ")}]`;
    }
    return JSON.stringify(value);
}

function isReference(value: unknown): value is ReferenceValue {
    return typeof value === "object" && value !== null && "reference" in value;
}

function isSecret(value: unknown): value is SecretValue {
    return typeof value === "object" && value !== null && "configKey" in value;
}

/** A property key as written in an object literal: bare when it is an identifier. */
function key(name: string): string {
    return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name);
}

/** `text` in lines of at most 110 characters, each starting with `prefix`, broken after commas. */
function wrap(text: string, prefix: string): string[] {
    const lines: string[] = [];
    let line = prefix;
    for (const word of text.split(" ")) {
        if (line.length + word.length > 110 && line !== prefix) {
            lines.push(line.trimEnd());
            line = prefix;
        }
        line += `${word} `;
    }
    lines.push(line.trimEnd());
    return lines;
}
