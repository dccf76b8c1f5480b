import type * as dynamic from "@pulumi/pulumi/dynamic";

import { InvalidInputsError } from "../errors";
import { fromWireRecord, fromWireValue, toWireBody, toWireValue, type WireRecord } from "../schema/mapping";
import { resourceModel, type PropertyModel } from "../schema/model";
import { systemConfigurationToken } from "../schema/tokens";
import { validateInputs } from "../schema/validate";
import { assertNoWebSocketServices } from "../rules/websocket";
import type { ApplianceApi, ResourceContext } from "../engine/context";
import { fillPath } from "../engine/object-path";
import type { ResourceHandlers } from "../engine/handlers";
import { readAdvancedSettings } from "./system-configuration-wire";
import {
    compareProperties,
    inputNamesKey,
    plain,
    inputNamesOf,
    stateInputNames,
    refreshedInputs,
    userProps,
    type Props,
} from "../engine/state";

export { systemConfigurationToken } from "../schema/tokens";

/**
 * The ID of the one SystemConfiguration of the appliance at `address`: `system@<host:port>`, e.g.
 * `system@waf.example.com:8443`.
 */
export function systemConfigurationId(address: string): string {
    return `system@${new URL(address).host}`;
}

/**
 * The handlers of `barracudawaf:index:SystemConfiguration`, the advanced settings of one appliance.
 *
 * - `create`: reads the settings (1 GET) and records them as `originalSettings`, then writes the fields the
 *   program sets (1 PUT, none when it sets nothing).
 * - `read`: one GET; every property with the appliance's value; `originalSettings` kept from the state; as
 *   inputs the refreshed values of the properties the state held.
 * - `update`: writes the changed fields; a field the program stops setting gets its original value back.
 * - `delete`: writes back the original value of every field that differs now.
 * - Every PUT carries `request-buffer-size` (the program's value, else the appliance's current one), as the
 *   appliance requires. A write that turns Show Advanced Settings off is refused while services on the
 *   appliance have WebSocket enabled (one GET of `/services`), naming them.
 */
export function systemConfigurationHandlers(context: ResourceContext): ResourceHandlers {
    const model = resourceModel(systemConfigurationToken);
    const object = model.extension.object;
    const fields = model.fieldsOf(object);
    const bufferSize = fields.find((property) => property.extension.sentOnEveryWrite);
    /** The property the WebSocket rule guards, and its wire form when turned off. */
    const shown = model.property("showAdvancedSettings") as PropertyModel;
    const shownField = shown.extension.field as string;

    /** What a property returns to when the program stops setting it: the value found at takeover. */
    const original =
        (olds: Props) =>
        (property: PropertyModel): string | number | boolean | undefined => {
            const found = (olds.originalSettings as Record<string, unknown> | undefined) ?? {};
            return fromWireValue(property, found[property.extension.field as string]);
        };

    /**
     * One critical section of the appliance's writes (no other write in between): reads the settings (1 GET),
     * asks `plan` for the body to write given them, and writes it after the WebSocket rule, with
     * `request-buffer-size` filled in from the current value. Resolves with the settings read and the record
     * as it is after the write (the same when there was nothing to write).
     */
    const readThenWrite = (
        api: ApplianceApi,
        plan: (current: Record<string, unknown>) => WireRecord,
        action: string,
    ): Promise<{ current: Record<string, unknown>; record: Record<string, unknown> }> =>
        api.exclusive(async (calls) => {
            const current = await readAdvancedSettings(calls);
            const body = plan(current);
            if (Object.keys(body).length === 0) {
                return { current, record: current };
            }
            if (
                body[shownField] === toWireValue(shown, false) &&
                fromWireValue(shown, current[shownField]) === true
            ) {
                await assertNoWebSocketServices(calls, action);
            }
            const field = bufferSize?.extension.field;
            if (field !== undefined && body[field] === undefined && current[field] !== undefined) {
                body[field] = String(current[field]);
            }
            await calls.put(fillPath(object, {}), body);
            return { current, record: { ...current, ...body } };
        });

    /** The state: the appliance's values, where they live, what was found at takeover, what the program set. */
    const outputs = (
        record: Record<string, unknown>,
        address: unknown,
        originalSettings: unknown,
        inputNames: readonly string[] | undefined,
    ): Props =>
        plain({
            ...fromWireRecord(model, object, record),
            address,
            originalSettings,
            ...(inputNames ? { [inputNamesKey]: inputNames } : {}),
        });

    return {
        async check(_olds: Props, news: Props): Promise<dynamic.CheckResult> {
            const failures = validateInputs(systemConfigurationToken, userProps(news));
            if (failures.length > 0) {
                return { inputs: news, failures };
            }
            await context.verifyConnection();
            return { inputs: news };
        },

        async diff(_id: string, olds: Props, news: Props): Promise<dynamic.DiffResult> {
            const { changed } = compareProperties(model, userProps(olds), userProps(news), original(olds));
            return { changes: changed.length > 0, replaces: [], deleteBeforeReplace: false };
        },

        async create(inputs: Props): Promise<dynamic.CreateResult> {
            const given = userProps(inputs);
            const address = context.address();
            const id = systemConfigurationId(address);
            assertValid(given, id);
            const body = toWireBody(model, object, given);
            const { current, record } = await readThenWrite(
                context.client(),
                () => ({ ...body }),
                `set showAdvancedSettings: false on SystemConfiguration "${id}"`,
            );
            const originalSettings = wireStrings(current, fields);
            return { id, outs: outputs(record, address, originalSettings, inputNamesOf(model, given)) };
        },

        async read(id: string, props?: Props): Promise<dynamic.ReadResult> {
            const current = await readAdvancedSettings(context.client());
            const state = userProps(props);
            const refreshed = outputs(
                current,
                state.address ?? context.address(),
                state.originalSettings ?? wireStrings(current, fields),
                stateInputNames(state),
            );
            return {
                id,
                props: refreshed,
                inputs: refreshedInputs(model, refreshed, state, original(state)),
            };
        },

        async update(id: string, olds: Props, news: Props): Promise<dynamic.UpdateResult> {
            const state = userProps(olds);
            const given = userProps(news);
            assertValid(given, id);
            const { targets } = compareProperties(model, state, given, original(state));
            const body = toWireBody(model, object, targets);
            if (Object.keys(body).length === 0) {
                return { outs: plain({ ...state, [inputNamesKey]: inputNamesOf(model, given) }) };
            }
            const { record } = await readThenWrite(
                context.client(),
                () => ({ ...body }),
                `set showAdvancedSettings: false on SystemConfiguration "${id}"`,
            );
            return {
                outs: outputs(record, state.address, state.originalSettings, inputNamesOf(model, given)),
            };
        },

        async delete(id: string, props: Props): Promise<void> {
            const found = userProps(props).originalSettings as Record<string, string> | undefined;
            if (!found) {
                return;
            }
            await readThenWrite(
                context.client(),
                (current) => {
                    const body: WireRecord = {};
                    for (const [field, value] of Object.entries(found)) {
                        if (String(current[field]) !== value) {
                            body[field] = value;
                        }
                    }
                    return body;
                },
                `delete SystemConfiguration "${id}": it restores the original showAdvancedSettings: false`,
            );
        },
    };
}

function assertValid(inputs: Props, id: string): void {
    const failures = validateInputs(systemConfigurationToken, inputs);
    if (failures.length > 0) {
        throw new InvalidInputsError(resourceModel(systemConfigurationToken).name, id, failures);
    }
}

/** The modelled fields of `record` as the appliance's strings, for `originalSettings`. */
function wireStrings(
    record: Record<string, unknown>,
    fields: readonly PropertyModel[],
): Record<string, string> {
    const strings: Record<string, string> = {};
    for (const property of fields) {
        const value = record[property.extension.field as string];
        if (typeof value === "string" || typeof value === "number") {
            strings[property.extension.field as string] = String(value);
        }
    }
    return strings;
}
