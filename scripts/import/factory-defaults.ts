import { objectRows, itemPath } from "../../emulator/objects";
import type { WireValue } from "../../emulator/snapshot";
import { factoryRecord } from "../../emulator/state";

/**
 * What a field holds on a new object where schema.json knows no default (the vendor's spec leaves most
 * defaults out, so the provider leaves such a field alone while a program does not set it): the value the
 * emulator gives it, the project's model of a factory-fresh appliance, read from the same vendor spec and the
 * appliance facts. Only the importer's choice of what to write uses it: a value it takes for a default and
 * leaves out keeps its value on the appliance (adopt changes nothing the program does not set), so a wrong
 * guess makes a program shorter or longer, never different in effect.
 */

let defaultsByObject: Map<string, Record<string, WireValue>> | undefined;

/** A path template with its placeholders unnamed: `services/{service}/servers/{name}` → `services/{}/servers/{}`. */
function shapeOf(template: string): string {
    return template.replace(/^\//, "").replace(/\{[^}]+\}/g, "{}");
}

/** The wire value the emulator gives `field` of the appliance object `object` when made; undefined when it has none. */
export function factoryDefault(object: string, field: string): WireValue | undefined {
    if (defaultsByObject === undefined) {
        defaultsByObject = new Map(objectRows.map((row) => [shapeOf(itemPath(row)), factoryRecord(row)]));
    }
    return defaultsByObject.get(shapeOf(object))?.[field];
}
