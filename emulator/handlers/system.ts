import { advancedSettingsModel } from "../model/advanced-settings";
import { systemModel } from "../model/system";
import { updateRecord, validateBody } from "../validation";
import { narrow, requestedGroups, requestedParameters } from "../wire-view";
import { systemGroupsListed } from "../model/listed-groups";
import type { Handler } from "./handler";

/**
 * `GET /system`: the system is a single object, so its answer is keyed by group rather than by name:
 * `{"object": "System", "data": {"System": {...}, "Advanced Settings": {...}}}`. Without `?groups=` only
 * the `System` group; every group the spec lists is taken, those not modelled are left out. `?parameters=`
 * narrows every requested group to the listed fields it has.
 */
export const getSystem: Handler = (request, { store }) => {
    const groups = requestedGroups(request.query, ["System", "Advanced Settings"], systemGroupsListed, [
        "System",
    ]);
    const parameters = requestedParameters(request.query, [systemModel, advancedSettingsModel]);
    const { system, advancedSettings } = store.state.system;
    const data: Record<string, unknown> = {};
    for (const group of groups) {
        data[group] = narrow(group === "System" ? system : advancedSettings, parameters);
    }
    return { status: 200, body: { object: "System", data } };
};

/** `GET /system/advanced-settings`: the same shape as `GET /system?groups=Advanced Settings`. */
export const getAdvancedSettings: Handler = (request, { store }) => {
    const parameters = requestedParameters(request.query, [advancedSettingsModel]);
    const fields = narrow(store.state.system.advancedSettings, parameters);
    return { status: 200, body: { object: "System", data: { "Advanced Settings": fields } } };
};

/** `PUT /system/advanced-settings`: `request-buffer-size` is required, as the spec says. */
export const updateAdvancedSettings: Handler = (request, { store }) =>
    store.change((state) => {
        const given = validateBody(advancedSettingsModel, request.body, "update");
        state.system.advancedSettings = updateRecord(
            advancedSettingsModel,
            state.system.advancedSettings,
            given,
        );
        return { status: 200, body: { msg: "Successfully updated." } };
    });

/**
 * `PUT /system` (System.json): the `System` group's settings; `domain` is required, as the spec says. The
 * fields that describe the appliance (`firmware-version`, `serial`, ...) may be sent with their current
 * values, never changed.
 */
export const updateSystem: Handler = (request, { store }) =>
    store.change((state) => {
        const given = validateBody(systemModel, request.body, "update");
        state.system.system = updateRecord(systemModel, state.system.system, given);
        return { status: 200, body: { msg: "Successfully updated." } };
    });
