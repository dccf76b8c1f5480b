import type { StackExport } from "./pulumi-project";

/** The type Pulumi records for a resource of this package: `pulumi-nodejs:dynamic/barracudawaf:<Name>`. */
const ownType = /^pulumi-nodejs:dynamic\/barracudawaf:(\w+)$/;

/** A few facts worth a glance, per resource type, from the outputs the state keeps (never a secret). */
const facts: Readonly<Record<string, (outputs: Record<string, unknown>) => string>> = {
    SignedCertificate: (o) => `CN ${String(o.commonName)}, expires ${String(o.expiry)}`,
    SelfSignedCertificate: (o) => `CN ${String(o.commonName)}, expires ${String(o.expiry)}`,
    Service: (o) => `${String(o.type)} ${String(o.ipAddress)}:${String(o.port)}`,
    Server: (o) => `${String(o.ipAddress)}:${String(o.port)}`,
    ContentRuleServer: (o) => `${String(o.ipAddress)}:${String(o.port)}`,
    ContentRule: (o) => `${String(o.hostMatch)}${String(o.urlMatch)}`,
    UrlAcl: (o) => `${String(o.url)}: ${String(o.action)}`,
    UrlPolicy: (o) => `${String(o.url)}`,
    TrustedHost: (o) => `${String(o.ipAddress)}/${String(o.mask)}`,
    RateControlPool: (o) => `at most ${String(o.maxActiveRequests)} requests at a time`,
};

/**
 * What a stack made, one line per resource of this package in the order Pulumi created them: its type, its ID
 * and a few facts. Read from the state as stored (`pulumi stack export`), where secrets stay encrypted; the
 * facts never name a secret field.
 */
export function stackSummary(state: StackExport): string {
    const rows = (state.deployment.resources ?? []).flatMap((resource) => {
        const type = ownType.exec(resource.type)?.[1];
        if (type === undefined) return [];
        const outputs = (resource.outputs ?? {}) as Record<string, unknown>;
        const pick = facts[type];
        return [{ type, id: String(resource.id), facts: pick ? pick(outputs) : "" }];
    });
    const width = (pick: (row: (typeof rows)[number]) => string) =>
        Math.max(0, ...rows.map((row) => pick(row).length));
    const [typeWidth, idWidth] = [width((row) => row.type), width((row) => row.id)];
    return rows
        .map((row) => `${row.type.padEnd(typeWidth)}  ${row.id.padEnd(idWidth)}  ${row.facts}`.trimEnd())
        .join("\n");
}
