import type { EmulatorSnapshot } from "../../emulator";

/** One row of the demo's table: an object on the appliance and its key fields. */
interface Row {
    readonly object: string;
    readonly name: string;
    readonly fields: string;
}

/**
 * What the appliance holds, as a short table: the system setting WebSocket needs, then every certificate,
 * service, server and WebSocket policy with the fields that matter for a WebSocket application.
 */
export function applianceTable(snapshot: EmulatorSnapshot): string {
    const rows: Row[] = [
        {
            object: "System Configuration",
            name: "-",
            fields: `Show Advanced Settings: ${snapshot.system.advancedSettings["enable-advanced-settings"]}`,
        },
    ];
    for (const [name, certificate] of Object.entries(snapshot.certificates)) {
        rows.push({ object: "Certificate", name, fields: `CN ${String(certificate["common-name"])}` });
    }
    for (const [
        name,
        { service, advancedConfiguration, basicSecurity, servers, websocketPolicies },
    ] of Object.entries(snapshot.services)) {
        rows.push({
            object: "Service",
            name,
            fields:
                `${String(service.type)} ${String(service["ip-address"])}:${String(service.port)}` +
                (service.certificate ? `, certificate ${String(service.certificate)}` : "") +
                `, WebSocket ${advancedConfiguration["enable-websocket"]}, mode ${basicSecurity.mode}`,
        });
        for (const [server, fields] of Object.entries(servers)) {
            rows.push({
                object: "Server",
                name: `${name}/${server}`,
                fields: `${String(fields["ip-address"])}:${String(fields.port)}, ${String(fields.status)}`,
            });
        }
        for (const [policy, { policy: fields, originProtection }] of Object.entries(websocketPolicies)) {
            const origins = originProtection["allow-origins"];
            rows.push({
                object: "WebSocket policy",
                name: `${name}/${policy}`,
                fields:
                    `${String(fields.host)}${String(fields.url)}, mode ${String(fields.mode)}, origins ` +
                    (Array.isArray(origins) && origins.length > 0 ? origins.join(" ") : "any"),
            });
        }
    }
    const width = (pick: (row: Row) => string): number => Math.max(...rows.map((row) => pick(row).length));
    const [objectWidth, nameWidth] = [width((row) => row.object), width((row) => row.name)];
    return rows
        .map((row) => `${row.object.padEnd(objectWidth)}  ${row.name.padEnd(nameWidth)}  ${row.fields}`)
        .join("\n");
}
